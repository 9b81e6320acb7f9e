// @vitest-environment node
import { createRef } from 'react';
import { mergeProps } from '../../src/utils/mergeProps';

describe('mergeProps', () => {
  it('runs the caller handler first; preventDefault skips ours', () => {
    const calls: string[] = [];
    const merged = mergeProps({ onClick: () => calls.push('ours') }, { onClick: () => calls.push('theirs') });
    (merged.onClick as (event: object) => void)({ defaultPrevented: false });
    expect(calls).toEqual(['theirs', 'ours']);
    const prevented = mergeProps({ onClick: () => calls.push('ours again') }, { onClick: () => undefined });
    (prevented.onClick as (event: object) => void)({ defaultPrevented: true });
    expect(calls).toEqual(['theirs', 'ours']);
  });

  it('joins class names and id lists, merges styles and refs, lets caller attributes win except owned ones', () => {
    const ours = createRef<HTMLElement>();
    const theirs = createRef<HTMLElement>();
    const merged = mergeProps(
      { className: 'op-A', 'aria-describedby': 'warning', style: { color: 'red' }, ref: ours, value: 'hook', title: 'hook' },
      { className: 'app', 'aria-describedby': 'hint', style: { margin: 0 }, ref: theirs, value: 'caller', title: 'caller' },
      ['value'],
    );
    expect(merged.className).toBe('op-A app');
    expect(merged['aria-describedby']).toBe('warning hint');
    expect(merged.style).toEqual({ color: 'red', margin: 0 });
    expect(merged.value).toBe('hook');
    expect(merged.title).toBe('caller');
    const node = {} as HTMLElement;
    (merged.ref as unknown as (value: HTMLElement) => void)(node);
    expect(ours.current).toBe(node);
    expect(theirs.current).toBe(node);
  });
});

// @vitest-environment node
import { createRef } from 'react';
import { mergeProps } from '../../src/utils/mergeProps';

type Handler = (event: object) => void;

describe('mergeProps: handlers', () => {
  it('runs the caller handler first; preventDefault skips ours', () => {
    const calls: string[] = [];
    const merged = mergeProps({ onClick: () => calls.push('ours') }, { onClick: () => calls.push('theirs') });
    (merged.onClick as Handler)({ defaultPrevented: false });
    expect(calls).toEqual(['theirs', 'ours']);
    const prevented = mergeProps({ onClick: () => calls.push('ours again') }, { onClick: () => undefined });
    (prevented.onClick as Handler)({ defaultPrevented: true });
    expect(calls).toEqual(['theirs', 'ours']);
  });

  it('keeps a lone handler from either side and passes every argument through', () => {
    const ours = vi.fn();
    const theirs = vi.fn();
    expect(mergeProps({ onFocus: ours }, {}).onFocus).toBe(ours);
    expect(mergeProps({}, { onBlur: theirs }).onBlur).toBe(theirs);
    const both = mergeProps({ onChange: ours }, { onChange: theirs });
    (both.onChange as (...args: unknown[]) => void)('value', 'extra');
    expect(theirs).toHaveBeenCalledWith('value', 'extra');
    expect(ours).toHaveBeenCalledWith('value', 'extra');
  });
});

describe('mergeProps: attributes', () => {
  it('joins class names and id lists, merges styles and refs, lets caller attributes win except owned ones', () => {
    const ours = createRef<HTMLElement>();
    const theirs = createRef<HTMLElement>();
    const merged = mergeProps(
      { className: 'op-A', 'aria-describedby': 'warning', 'aria-labelledby': 'a', style: { color: 'red' }, ref: ours, value: 'hook', title: 'hook' },
      { className: 'app', 'aria-describedby': 'hint', 'aria-labelledby': 'b', style: { margin: 0 }, ref: theirs, value: 'caller', title: 'caller' },
      ['value'],
    );
    expect(merged.className).toBe('op-A app');
    expect(merged['aria-describedby']).toBe('warning hint');
    expect(merged['aria-labelledby']).toBe('a b');
    expect(merged.style).toEqual({ color: 'red', margin: 0 });
    expect(merged.value).toBe('hook');
    expect(merged.title).toBe('caller');
    const node = {} as HTMLElement;
    (merged.ref as unknown as (value: HTMLElement) => void)(node);
    expect(ours.current).toBe(node);
    expect(theirs.current).toBe(node);
  });

  it('ignores undefined caller values and lets the caller set an owned key the hook leaves unset', () => {
    const merged = mergeProps<{ title?: string; id?: string }, { title?: string; id?: string }>(
      { title: 'hook', id: undefined },
      { title: undefined, id: 'mine' },
      ['id'],
    );
    expect(merged.title).toBe('hook');
    expect(merged.id).toBe('mine');
  });

  it('drops an empty id list instead of rendering an empty attribute', () => {
    expect(mergeProps({ 'aria-describedby': undefined }, { 'aria-describedby': '' })['aria-describedby']).toBeUndefined();
  });

  it('does not mutate either props object', () => {
    const ours = Object.freeze({ className: 'a', onClick: () => undefined });
    const theirs = Object.freeze({ className: 'b', onClick: () => undefined });
    expect(() => mergeProps(ours, theirs)).not.toThrow();
    expect(ours.className).toBe('a');
  });
});

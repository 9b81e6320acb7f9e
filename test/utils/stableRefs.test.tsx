import { render } from '@testing-library/react';
import { createRef, useRef } from 'react';
import { composeRefsStably } from '../../src/utils/composeRefs';
import { mergeProps } from '../../src/utils/mergeProps';

describe('composeRefsStably', () => {
  it('gives the same callback for the same two refs, and another for another pair', () => {
    const ours = createRef<HTMLElement>();
    const theirs = () => undefined;
    expect(composeRefsStably(ours, theirs)).toBe(composeRefsStably(ours, theirs));
    expect(composeRefsStably(ours, theirs)).not.toBe(composeRefsStably(ours, createRef<HTMLElement>()));
    expect(composeRefsStably(createRef<HTMLElement>(), theirs)).not.toBe(composeRefsStably(ours, theirs));
  });
});

describe('mergeProps: refs stay attached', () => {
  function Field({ callerRef, text }: { callerRef: (node: HTMLTextAreaElement | null) => void; text: string }) {
    const ours = useRef<HTMLTextAreaElement | null>(null);
    return <textarea {...mergeProps({ ref: ours, value: text, onChange: () => undefined }, { ref: callerRef })} />;
  }

  it('a re-render with the same refs does not detach and re-attach the element', () => {
    const calls: Array<HTMLTextAreaElement | null> = [];
    const callerRef = (node: HTMLTextAreaElement | null) => void calls.push(node);
    const { rerender } = render(<Field callerRef={callerRef} text="a" />);
    rerender(<Field callerRef={callerRef} text="ab" />);
    rerender(<Field callerRef={callerRef} text="abc" />);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeInstanceOf(HTMLTextAreaElement);
  });
});

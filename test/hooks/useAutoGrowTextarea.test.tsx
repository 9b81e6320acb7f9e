import { fireEvent, render, screen } from '@testing-library/react';
import { useAutoGrowTextarea } from '../../src/hooks/useAutoGrowTextarea';

function Field({ value }: { value: string }) {
  const { textareaRef, layerRef, handleScroll } = useAutoGrowTextarea(value);
  return (
    <div>
      <div ref={layerRef} data-testid="layer" />
      <textarea ref={textareaRef} aria-label="Message" value={value} onChange={() => undefined} onScroll={handleScroll} />
    </div>
  );
}

/** jsdom has no layout: the content height is what the test says it is. */
function layOut(textarea: HTMLElement, contentHeight: number, boxHeight = 40) {
  Object.defineProperty(textarea, 'scrollHeight', { configurable: true, get: () => contentHeight });
  Object.defineProperty(textarea, 'clientHeight', { configurable: true, get: () => boxHeight });
}

describe('useAutoGrowTextarea', () => {
  it('grows the textarea to its content when the text overflows, and not before', () => {
    const { rerender } = render(<Field value="short" />);
    const textarea = screen.getByRole('textbox', { name: 'Message' });
    layOut(textarea, 40);
    rerender(<Field value="short!" />);
    expect(textarea.style.height).toBe('');
    layOut(textarea, 90);
    rerender(<Field value={'a longer text\nover lines\nand lines'} />);
    expect(textarea.style.height).toBe('92px');
  });

  it('measures again from "auto" when the text gets shorter', () => {
    const { rerender } = render(<Field value={'one\ntwo\nthree'} />);
    const textarea = screen.getByRole('textbox', { name: 'Message' });
    layOut(textarea, 60, 60);
    rerender(<Field value="one" />);
    expect(textarea.style.height).toBe('62px');
  });

  it('moves the layer behind with the textarea\'s scrolling', () => {
    render(<Field value="text" />);
    const textarea = screen.getByRole('textbox', { name: 'Message' });
    textarea.scrollTop = 24;
    fireEvent.scroll(textarea);
    expect(screen.getByTestId('layer').style.transform).toBe('translateY(-24px)');
  });
});

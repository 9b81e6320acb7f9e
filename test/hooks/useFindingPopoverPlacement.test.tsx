import { render } from '@testing-library/react';
import { useRef } from 'react';
import { checkMessage } from '../../src/core/policy/checkMessage';
import type { PolicyViolation } from '../../src/core/policy/policyTypes';
import { useFindingPopoverPlacement } from '../../src/hooks/useFindingPopoverPlacement';

const text = 'ok, call +1 917 442 0188 tonight';
const [phone] = checkMessage(text, { contractState: 'none' }).violations;

/** jsdom lays nothing out: the mark's box is given by hand. */
function placeMark(mark: HTMLElement, box: { offsetLeft: number; offsetTop: number; offsetWidth: number; offsetHeight: number }) {
  for (const [key, value] of Object.entries(box)) Object.defineProperty(mark, key, { configurable: true, value });
}

function Field({ violation, scrollTop = 0 }: { violation: PolicyViolation | undefined; scrollTop?: number }) {
  const underlinesRef = useRef<HTMLDivElement | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const popoverRef = useFindingPopoverPlacement(violation, text, underlinesRef, textareaRef);
  return (
    <div>
      <div ref={underlinesRef}>
        <mark data-start={phone!.match.start} ref={(mark) => void (mark && placeMark(mark, { offsetLeft: 40, offsetTop: 10, offsetWidth: 90, offsetHeight: 20 }))} />
      </div>
      <textarea
        ref={(textarea) => {
          textareaRef.current = textarea;
          if (textarea) Object.defineProperty(textarea, 'scrollTop', { configurable: true, value: scrollTop });
        }}
        readOnly
        value={text}
      />
      {violation && <div data-testid="popover" ref={popoverRef} />}
    </div>
  );
}

describe('useFindingPopoverPlacement', () => {
  it('puts the popover under the finding’s underline, moved up by the textarea’s scrolling', () => {
    const { getByTestId, rerender } = render(<Field violation={phone} />);
    expect(getByTestId('popover').style.top).toBe('34px');
    expect(getByTestId('popover').style.getPropertyValue('--op-finding-start')).toBe('40px');
    rerender(<Field violation={{ ...phone!, match: { ...phone!.match } }} scrollTop={12} />);
    expect(getByTestId('popover').style.top).toBe('22px');
  });
});

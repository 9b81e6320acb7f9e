import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { HighlightedText } from '../../src/components/HighlightedText';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { axeViolations } from './axe';

describe('HighlightedText', () => {
  it('marks each finding and names it for screen readers', async () => {
    const text = 'call +1 917 442 0188 <img src=x onerror=alert(1)>';
    const { container } = render(<HighlightedText text={text} matches={detectContactInfo(text)} />);
    const mark = container.querySelector('mark');
    expect(mark).toHaveAttribute('data-kind', 'phone');
    expect(mark).toHaveTextContent('+1 917 442 0188 (Flagged: a phone number)');
    expect(container.querySelector('img')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('marks each finding with the policy action that applies to it', () => {
    const text = 'mail ana@mail.co or see https://myportfolio.io';
    const verdict = checkMessage(text, { contractState: 'none' });
    const { container } = render(<HighlightedText text={text} matches={verdict.matches} violations={verdict.violations} />);
    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((mark) => [mark.dataset.kind, mark.dataset.action])).toEqual([
      ['email', 'block'],
      ['url', 'warn'],
    ]);
    // Without violations a mark says what it is, not what happens to it.
    const { container: plain } = render(<HighlightedText text={text} matches={verdict.matches} />);
    expect(plain.querySelector('mark')).not.toHaveAttribute('data-action');
  });

  it('renders text without findings as it is, with no marks', () => {
    const { container } = render(<HighlightedText text="the logo is ready for review" matches={[]} />);
    expect(container.querySelector('mark')).toBeNull();
    expect(container).toHaveTextContent('the logo is ready for review');
  });

  it('takes className, DOM props and a ref on its root, and its copy from messages', () => {
    const ref = createRef<HTMLSpanElement>();
    const text = 'call +1 917 442 0188';
    render(
      <HighlightedText
        ref={ref}
        text={text}
        matches={detectContactInfo(text)}
        className="mine"
        data-testid="highlighted"
        messages={{ flaggedLabel: (kind) => `flagged ${kind}` }}
      />,
    );
    const root = screen.getByTestId('highlighted');
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('op-HighlightedText', 'mine');
    expect(root.querySelector('mark')).toHaveTextContent('+1 917 442 0188 (flagged phone)');
  });
});

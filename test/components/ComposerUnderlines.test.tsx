import { render } from '@testing-library/react';
import { ComposerUnderlines } from '../../src/components/ComposerUnderlines';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { splitIntoSegments } from '../../src/core/segments';

function layer(text: string) {
  const verdict = checkMessage(text, { contractState: 'none' });
  const { container } = render(<ComposerUnderlines segments={splitIntoSegments(text, verdict.matches, verdict.violations)} text={text} />);
  return container;
}

describe('ComposerUnderlines', () => {
  it('marks each flagged run and holds the text up to the end of the word after the last one', () => {
    const container = layer('mail ana@mail.co, thanks a lot for the brief');
    expect(container.querySelector('mark')).toHaveTextContent('ana@mail.co');
    // ", " ends the word the mark is in: what follows cannot move the underline.
    expect(container.textContent).toBe('mail ana@mail.co, ');
  });

  it('keeps the whole word when the mark is followed by more of it', () => {
    expect(layer('call +1 917 442 0188').textContent).toBe('call +1 917 442 0188');
    expect(layer('write ana@mail.co.uk-ish text').textContent).toBe('write ana@mail.co.uk-ish ');
  });

  it('lays out nothing when nothing is flagged', () => {
    expect(layer('the logo is ready for review').textContent).toBe('');
  });

  it('keeps the whole text when right-to-left text could reorder the line', () => {
    const text = 'ana@mail.co 123 شكرا جزيلا';
    expect(layer(text).textContent).toBe(text);
    const marked = '\u200Fana@mail.co then more';
    expect(layer(marked).textContent).toBe(marked);
  });

  it('is left untouched by typing after the last flagged word', () => {
    const draft = 'mail ana@mail.co and then';
    const verdict = checkMessage(draft, { contractState: 'none' });
    const segmentsFor = (text: string) => splitIntoSegments(text, verdict.matches, verdict.violations);
    const { container, rerender } = render(<ComposerUnderlines segments={segmentsFor(draft)} text={draft} />);
    const before = container.innerHTML;
    rerender(<ComposerUnderlines segments={segmentsFor(`${draft} some more words`)} text={`${draft} some more words`} />);
    expect(container.innerHTML).toBe(before);
  });
});

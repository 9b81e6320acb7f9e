// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

// A UPI ID spaced out letter by letter is still a payment ID.
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('a letter-spaced UPI ID', () => {
  it.each([
    ['send the advance to m e e n a . k @ o k a x i s please', 'm e e n a . k @ o k a x i s'],
    ['pay here u p i : m e e n a . t u t o r @ y b l, thanks', 'm e e n a . t u t o r @ y b l'],
  ])('%j', (text, id) => {
    expect(payments(text).map((match) => match.text).join(' ')).toContain(id);
  });

  it.each(['w r i t e @ h o m e is my motto', 'the grades were a b c d e f @ school'])('leaves other spaced text alone: %j', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

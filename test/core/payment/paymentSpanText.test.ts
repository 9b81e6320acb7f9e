// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();

// Found by the random-seed property test: a payment request widened over a detail that runs past
// the end of its sentence kept the sentence's slice as its text, shorter than its span.
describe('a payment widened over a detail past its sentence', () => {
  it.each(['paypal .com \n @ wa.me/', 'paypal +1 \n 0188 0188'])('%j: the text is the span', (text) => {
    const payments = detector.detect(text).filter((match) => match.kind === 'payment');
    expect(payments.length).toBeGreaterThan(0);
    for (const match of payments) expect(match.text).toBe(text.slice(match.start, match.end));
  });
});

import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/index';

// A paste with no sentence stops is read in bounded pieces (paymentReading's MAX_SENTENCE): what
// sits next to a payment word is still read as a payment address, everywhere in the paste.
describe('payment reading of a run-on paste', () => {
  const detector = createDetector({ defaultCountry: 'PH' });

  it('reads every detail after a wallet name as a payment, at the start and at the end', () => {
    const text = 'send it to my gcash 0917 555 1234 '.repeat(300);
    const payments = detector.detect(text).filter((match) => match.kind === 'payment' && match.detailKind === 'phone');
    expect(payments.length).toBeGreaterThanOrEqual(290);
    expect(payments.at(-1)!.start).toBeGreaterThan(text.length - 40);
  });
});

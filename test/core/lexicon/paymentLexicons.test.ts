// @vitest-environment node
import { PAYMENT_RAILS } from '../../../src/core/lexicon/paymentRails';
import { PAYMENT_WORDS } from '../../../src/core/lexicon/paymentWords';
import { PLATFORM_PAYMENT } from '../../../src/core/lexicon/platformPayment';
import { buildPaymentCues } from '../../../src/core/payment/paymentCues';

const LANGUAGES = 19;

describe('payment lexicons', () => {
  it('cover every language, plus the words all markets share', () => {
    expect(PAYMENT_WORDS).toHaveLength(LANGUAGES + 1);
    expect(PAYMENT_RAILS).toHaveLength(LANGUAGES + 1);
    expect(PLATFORM_PAYMENT).toHaveLength(LANGUAGES + 1);
  });

  it('give every language the cues a request and a refusal are read from', () => {
    for (const table of PAYMENT_WORDS.slice(1)) {
      for (const field of ['pay', 'outside', 'fee', 'avoid', 'cash', 'rest', 'details', 'gift', 'friends', 'negation', 'own', 'warning'] as const) {
        expect(table[field], field).toMatch(/\S/);
      }
    }
  });

  it('hold no empty entry and "~" only at the end', () => {
    const entries = [
      ...PAYMENT_WORDS.flatMap((table) => Object.values(table).flatMap((words: string) => words.split('|'))),
      ...PAYMENT_RAILS.flatMap((market) => market.split(/[|/]/)),
      ...PLATFORM_PAYMENT.flatMap((words) => words.split('|')),
    ];
    for (const entry of entries) {
      expect(entry.trim(), JSON.stringify(entry)).not.toBe('');
      expect(entry.slice(0, -1), entry).not.toContain('~');
    }
    expect(() => buildPaymentCues([], [])).not.toThrow();
  });
});

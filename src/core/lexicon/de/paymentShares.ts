import type { PaymentShareTable } from '../paymentShareTable.js';

export const DE_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'die hälfte|hälfte~|haelfte|ein drittel',
  toMe: 'an mich|mir|mich|zu mir',
  condition: 'bevor|sobald|wenn|dann|zuerst|erst|nachdem|vorher',
};

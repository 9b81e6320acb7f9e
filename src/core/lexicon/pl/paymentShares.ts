import type { PaymentShareTable } from '../paymentShareTable.js';

export const PL_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'połow~|polow~|jedną trzecią',
  toMe: 'do mnie|mi|mnie|na mnie',
  condition: 'zanim|jak tylko|gdy|kiedy|jeśli|jeżeli|najpierw|potem|dopiero|po tym jak',
};

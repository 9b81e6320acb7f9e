import type { PaymentShareTable } from '../paymentShareTable.js';

export const IT_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'metà|la metà|meta|un terzo',
  toMe: 'a me|mi|me|sul mio conto',
  condition: 'prima di|prima che|appena|quando|se|poi|prima|dopo|una volta che',
};

import type { PaymentShareTable } from '../paymentShareTable.js';

export const ES_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'la mitad|mitad|un tercio',
  toMe: 'a mí|a mi|me|conmigo|a mi cuenta',
  condition: 'antes de|antes|en cuanto|apenas|cuando|si|luego|primero|una vez que|después de',
};

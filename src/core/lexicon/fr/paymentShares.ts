import type { PaymentShareTable } from '../paymentShareTable.js';

export const FR_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'la moitié|moitié|un tiers',
  toMe: 'à moi|a moi|me|moi',
  condition: 'avant de|avant que|dès que|des que|quand|si|puis|d\'abord|une fois que|après',
};

import type { PaymentShareTable } from '../paymentShareTable.js';

export const PT_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'metade|a metade|um terço',
  toMe: 'pra mim|para mim|a mim|me|comigo|pra minha conta',
  condition: 'antes de|antes|assim que|quando|se|depois|primeiro|logo que|só depois',
};

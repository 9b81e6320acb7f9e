import type { PaymentShareTable } from '../paymentShareTable.js';

export const ID_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'setengah~|separuh~|sepertiga',
  toMe: 'ke saya|ke aku|ke gw|ke gue|ke sy|ke aq',
  condition: 'sebelum|kalau|kalo|klo|setelah|begitu|baru|dulu|jika|asal|abis|habis',
};

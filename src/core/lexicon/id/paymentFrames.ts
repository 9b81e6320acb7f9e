import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const ID_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'setengah~|separuh~|sepertiga',
  toMe: 'ke saya|ke aku|ke gw|ke gue|ke sy|ke aq',
  condition: 'sebelum|kalau|kalo|klo|setelah|begitu|baru|dulu|jika|asal|abis|habis',
  send: 'kirim~|transfer~|tf|trf',
  photo: 'foto~|poto',
  commit: 'konfirmasi|konfirm|kunci tanggal|aku booking|saya booking',
};

import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const FR_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'la moitié|moitié|un tiers',
  toMe: 'à moi|a moi|me|moi',
  condition: 'avant de|avant que|dès que|des que|quand|si|puis|d\'abord|une fois que|après',
  send: 'envoie|envoyer|j\'envoie|vire|virer',
  photo: 'photo|capture',
  commit: 'confirme|confirmer|valide|valider|réserve|bloque la date',
};

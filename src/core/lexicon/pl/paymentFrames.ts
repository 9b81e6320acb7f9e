import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const PL_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'połow~|polow~|jedną trzecią',
  toMe: 'do mnie|mi|mnie|na mnie',
  condition: 'zanim|jak tylko|gdy|kiedy|jeśli|jeżeli|najpierw|potem|dopiero|po tym jak',
  send: 'wysł~|wyśl~|przelać|przelac',
  photo: 'zdjęci~|fotk~|foto|skan',
  commit: 'potwierdzę|potwierdzam|zarezerwuję|rezerwuję',
};

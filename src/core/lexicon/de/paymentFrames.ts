import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const DE_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'die hälfte|hälfte~|haelfte|ein drittel',
  toMe: 'an mich|mir|mich|zu mir',
  condition: 'bevor|sobald|wenn|dann|zuerst|erst|nachdem|vorher',
  send: 'schick~|send~|überweise',
  photo: 'foto|bild|screenshot',
  commit: 'bestätige|bestätigen|reserviere|reservieren|buche dich ein',
};

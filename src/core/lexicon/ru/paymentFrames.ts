import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const RU_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'половин~|полцены|треть',
  toMe: 'мне|на меня|лично мне',
  condition: 'прежде чем|как только|когда|если|сначала|потом|до того как|перед тем как|после того как',
  send: 'отправ~|скинуть|кинуть|перевести|переводить',
  photo: 'фото~|скрин~|фотк~',
  commit: 'подтвержу|подтверждаю|подтвердить|забронирую|оставлю за вами',
};

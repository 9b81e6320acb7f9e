import type { PaymentShareTable } from '../paymentShareTable.js';

export const RU_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'половин~|полцены|треть',
  toMe: 'мне|на меня|лично мне',
  condition: 'прежде чем|как только|когда|если|сначала|потом|до того как|перед тем как|после того как',
};

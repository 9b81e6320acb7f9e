import type { PaymentShareTable } from '../paymentShareTable.js';

export const HI_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'आधा|आधी|आधे|आधा पैसा',
  toMe: 'मुझे|मुझको|मेरे को',
  condition: 'से पहले|पहले|जब|तभी|तब|अगर|जैसे ही|बाद',
};

import type { PaymentShareTable } from '../paymentShareTable.js';

export const EN_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'half|the half|half of it|the other half|first half|a third|a quarter',
  toMe: 'to me|me',
  condition: 'once|as soon as|before|after|then|first|if|when|until|till',
};

import type { PaymentShareTable } from '../paymentShareTable.js';

export const BN_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'অর্ধেক|অর্ধেকটা|অর্ধেক টাকা',
  toMe: 'আমাকে|আমায়|আমার কাছে',
  condition: 'আগে|যখন|তখনই|তখন|যদি|পরে|তারপর|সাথে সাথে',
};

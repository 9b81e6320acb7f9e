import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const BN_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'অর্ধেক|অর্ধেকটা|অর্ধেক টাকা',
  toMe: 'আমাকে|আমায়|আমার কাছে',
  condition: 'আগে|যখন|তখনই|তখন|যদি|পরে|তারপর|সাথে সাথে',
  send: 'পাঠাবো|পাঠাব|পাঠাই|পাঠাতে|দিবো|দেব',
  photo: 'ছবি|ফটো',
  commit: 'কনফার্ম|নিশ্চিত করব|বুক করব',
};

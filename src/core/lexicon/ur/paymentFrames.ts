import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const UR_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'آدھی|آدھا|آدھے|آدھی رقم',
  toMe: 'مجھے|مجھ کو|میرے کو',
  condition: 'سے پہلے|پہلے|جب|تب|اگر|جیسے ہی|بعد',
  send: 'بھیجوں|بھیج دوں|بھیجنا|ڈالوں|بھیجیں|ڈال دو|ڈال دیں|ڈالو|جمع کروا دو|جمع کرا دو',
  photo: 'تصویر|فوٹو|تصویریں',
  commit: 'کنفرم|بک کر دوں گا|پکا',
};

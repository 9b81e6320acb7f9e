import type { PaymentShareTable } from '../paymentShareTable.js';

export const UR_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'آدھی|آدھا|آدھے|آدھی رقم',
  toMe: 'مجھے|مجھ کو|میرے کو',
  condition: 'سے پہلے|پہلے|جب|تب|اگر|جیسے ہی|بعد',
};

import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const AR_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'النص|نص المبلغ|نصف~|النصف|ثلث',
  toMe: 'لي|إلي|الي|ليا',
  condition: 'أول ما|اول ما|قبل ما|قبل|لما|بعد ما|إذا|اذا|لو|أول',
  send: 'أبعت~|ابعت~|أرسل~|ارسل~|أحول~|احول~|أحوّل~|نحول~',
  photo: 'صورة|صوره|صور~|سكرين',
  commit: 'أأكد|اأكد|بأكد|أكد الحجز|أحجز لك|احجزلك|أثبت لك',
};

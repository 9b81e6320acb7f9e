import type { PaymentShareTable } from '../paymentShareTable.js';

export const AR_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'النص|نص المبلغ|نصف~|النصف|ثلث',
  toMe: 'لي|إلي|الي|ليا',
  condition: 'أول ما|اول ما|قبل ما|قبل|لما|بعد ما|إذا|اذا|لو|أول',
};

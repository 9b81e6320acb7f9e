import type { PaymentShareTable } from '../paymentShareTable.js';

export const VI_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'một nửa|nửa|1 nửa',
  toMe: 'cho mình|cho em|cho anh|cho tôi|cho tui|cho chị|mình',
  condition: 'trước khi|khi|nếu|sau khi|rồi|trước|xong|thì',
};

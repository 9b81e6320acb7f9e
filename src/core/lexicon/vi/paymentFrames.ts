import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const VI_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'một nửa|nửa|1 nửa',
  toMe: 'cho mình|cho em|cho anh|cho tôi|cho tui|cho chị|tài khoản mình|tk mình|mình',
  condition: 'trước khi|khi|nếu|sau khi|rồi|trước|xong|thì',
  send: 'chuyển|gửi|ck',
  photo: 'ảnh|hình|chụp',
  commit: 'xác nhận|chốt|giữ chỗ|giữ phòng',
};

import type { PaymentWordTable } from '../paymentWordTable.js';

export const VI_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'thanh toán|trả tiền|trả|chuyển khoản|chuyển tiền|chuyển|ck|gửi tiền|tiền|cọc|đặt cọc|tip|tiền thuê|nạp',
  accept: 'nhận|được ko|cũng được|cũng đc|ok',
  outside: 'ngoài app|ngoài sàn|bên ngoài|chuyển ngoài|giao dịch ngoài|trực tiếp|chuyển riêng|không qua app|ko qua app|k qua app|khỏi qua app|ngoài nền tảng|ngoài web|ngoài trang|thẳng|chuyển thẳng|với nhau|tự thỏa thuận|riêng với nhau',
  fee: 'phí dịch vụ|phí sàn|phí|hoa hồng|chiết khấu',
  avoid: 'đỡ|tránh|tiết kiệm|khỏi mất|không mất|ko mất|rẻ hơn|giảm giá|khỏi|khỏi chịu|đỡ mất|sao phải|tại sao phải|chi phải|việc gì phải',
  cash: 'tiền mặt|trả tiền mặt|cod|tiền tươi',
  rest: 'phần còn lại|còn lại|đợt sau|đợt cuối|milestone~|số còn lại',
  details: 'stk|số tài khoản|số tk|stk ngân hàng|số thẻ|ngày hết hạn|cvv|tên tài khoản',
  gift: 'thẻ quà tặng|mã thẻ google play|mã thẻ|thẻ google play|gift card~|thẻ steam|thẻ itunes',
  voucher: 'voucher~|phiếu~|thẻ cào|mã nạp',
  friends: 'bạn bè và gia đình|bạn bè & gia đình|gửi cho bạn bè|như quà tặng',
  negation: 'đừng|không cần|ko cần|k cần|chớ|không được|ko nhận|không nhận',
  own: 'tiệm em|tiệm mình|cửa hàng em|cửa hàng mình|shop em|shop mình|khách của em|khách hàng của em|khách ck|khách hàng|người dùng|khách mua|khách của mình|học sinh của em|khách thuê của em',
  warning: 'lừa~|lừa đảo|cảnh báo|cẩn thận|báo cáo|giả mạo',
  topic: 'tích hợp|logo|poster|băng rôn|menu|thuê bao|làm app',
  ask: 'nhé|nha|nhe|giúp|giùm|qua|bằng|quét|quét mã|có',
  account: 'tài khoản|tk|thẻ|ví',
  holder: 'đứng tên|tên chủ tài khoản|chủ tk|tên tk',
  neutral: 'thu phí|thu tiền khách',
  venue: 'app|sàn|nền tảng|web',
};

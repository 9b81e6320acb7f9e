/** Vietnamese channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['số điện thoại', 'sđt', 'sdt', 'số đt', 'liên hệ', 'thông tin liên hệ', 'điện thoại'],
  weakDetail: ['số', 'nick', 'tài khoản'],
  yours: ['bạn', 'anh', 'chị', 'em', 'của bạn', 'thầy', 'cô', 'shop'],
  elsewhere: ['ngoài sàn', 'ngoài app', 'ngoài nền tảng', 'app khác', 'riêng', 'trực tiếp', 'chỗ khác', 'cách nào khác', 'cách khác', 'ngoài ứng dụng', 'bên ngoài'],
  label: ['tài khoản', 'tên', 'trang', 'là', 'mình'],
  here: ['ở đây', 'trên sàn', 'trong app'],
  rule: ['quy định', 'chính sách', 'cấm', 'không được'],
  warning: ['lừa', 'lừa đảo', 'cảnh báo', 'cẩn thận', 'báo cáo'],
  ours: ['của quán', 'của shop', 'của công ty', 'của chúng tôi'],
  me: ['tôi'],
  self: ['mình', 'với mình', 'em'],
  there: ['ở đó', 'bên đó', 'bên kia', 'trên đó'],
  rest: ['phần còn lại', 'còn lại'],
  work: ['bài đăng', 'nội dung', 'quảng cáo', 'fanpage', 'chatbot', 'trang'],
  seen: ['thấy bạn', 'thấy anh', 'thấy chị', 'thấy em', 'thấy bài', 'thấy trang', 'thấy shop', 'nhìn thấy', 'biết đến'],
};

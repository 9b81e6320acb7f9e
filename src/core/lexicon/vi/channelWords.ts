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
  work: ['bài đăng', 'nội dung', 'quảng cáo', 'fanpage', 'chatbot', 'trang', 'kênh', 'người theo dõi'],
  appWord: ['app', 'ứng dụng', 'ưng dụng', 'ung dung', 'apps'],
  otherApp: ['khác', 'khac', 'xanh', 'xanh lá', 'xanh dương', 'tím'],
  seen: ['thấy bạn', 'thấy anh', 'thấy chị', 'thấy em', 'thấy bài', 'thấy trang', 'thấy shop', 'nhìn thấy', 'biết đến'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['có gì', 'bất cứ lúc nào', 'cần gì', 'có việc gì'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['tới cổng', 'tới nơi', 'đến nơi', 'tới rồi', 'đến rồi', 'dưới nhà'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['của mình', 'của tôi', 'của em', 'của anh'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['trong bio', 'trên trang cá nhân'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['nhưng'],
};

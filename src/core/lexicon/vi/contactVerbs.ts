/** Vietnamese contact verbs and teencode (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['rep', 'trả lời', 'chuyển qua', 'bàn qua', 'bàn tiếp', 'nói chuyện', 'nhắn', 'nhắn tin', 'ib', 'kết bạn', 'kb', 'liên lạc', 'liên hệ', 'trao đổi', 'chuyển sang', 'sang', 'phỏng vấn', 'kết nối'],
  ask: ['xin', 'gửi', 'để lại', 'cho em', 'cho e', 'cho mình', 'cho tôi', 'cho chị', 'cho anh', 'cho mk', 'là gì', 'bao nhiêu'],
  call: ['gọi', 'gọi điện'],
  search: ['tìm', 'tra'],
  have: ['có', 'dùng', 'xài', 'được', 'đc', 'dc', 'sử dụng'],
  question: ['ko', 'không', 'hok', 'hông', 'chưa', 'được không', 'dc ko', 'đc ko'],
  why: ['sao'],
  negation: ['đừng', 'chẳng', 'không có', 'ko có', 'k có', 'hông có', 'không dùng', 'ko dùng', 'không xài', 'ko xài'],
  how: ['bằng cách nào', 'cách nào', 'ở đâu', 'chỗ nào', 'làm sao'],
  suggest: ['hay là', 'hay mình', 'phiền', 'nhé'],
  easier: ['tiện hơn', 'tiện', 'dễ hơn', 'cho dễ', 'nhanh hơn'],
  habit: ['hay on', 'hay dùng', 'thường', 'toàn dùng'],
  meet: [] as string[],
};

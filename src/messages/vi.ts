import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'vi';

// Vietnamese marks no plural: one form (`other`) for every count.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'một địa chỉ email', counted: { other: '# địa chỉ email' } },
  phone: { single: 'một số điện thoại', counted: { other: '# số điện thoại' } },
  url: { single: 'một đường liên kết', counted: { other: '# đường liên kết' } },
  social: { single: 'một tài khoản nhắn tin hoặc mạng xã hội', counted: { other: '# tài khoản nhắn tin hoặc mạng xã hội' } },
  meeting: { single: 'một liên kết họp trực tuyến', counted: { other: '# liên kết họp trực tuyến' } },
  payment: { single: 'một yêu cầu thanh toán ngoài nền tảng', counted: { other: '# yêu cầu thanh toán ngoài nền tảng' } },
  intent: { single: 'một đề nghị trò chuyện ở nơi khác', counted: { other: '# đề nghị trò chuyện ở nơi khác' } },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'Bạn có thể trao đổi địa chỉ email khi hợp đồng bắt đầu.',
  phone: 'Bạn có thể trao đổi số điện thoại khi hợp đồng bắt đầu.',
  url: 'Bạn có thể chia sẻ liên kết khi hợp đồng bắt đầu.',
  social: 'Bạn có thể trao đổi tài khoản nhắn tin và mạng xã hội khi hợp đồng bắt đầu.',
  meeting: 'Bạn có thể chia sẻ liên kết họp trực tuyến khi hợp đồng bắt đầu.',
  payment: 'Chỉ có thể yêu cầu thanh toán ngoài nền tảng sau khi hợp đồng bắt đầu.',
  intent: 'Khi hợp đồng bắt đầu, hai bên có thể thỏa thuận trò chuyện ở nơi khác.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[đã ẩn địa chỉ email]',
  phone: '[đã ẩn số điện thoại]',
  url: '[đã ẩn liên kết]',
  social: '[đã ẩn tài khoản]',
  meeting: '[đã ẩn liên kết họp]',
  payment: '[đã ẩn yêu cầu thanh toán]',
  intent: '[đã ẩn đề nghị]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Đề nghị chuyển cuộc trò chuyện ra ngoài nền tảng',
  'off-platform-payment': 'Yêu cầu thanh toán ngoài nền tảng',
  'suspicious-link': 'Chứa liên kết đáng ngờ',
  other: 'Lý do khác',
};

/** Vietnamese, addressing the reader as "bạn". */
export const vi: MessageCatalogue = {
  blockedHeadline: 'Chưa thể gửi tin nhắn này',
  warnedHeadline: 'Hãy kiểm tra tin nhắn này trước khi gửi',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Chúng tôi phát hiện ${formatList(LOCALE, items)}.`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'Việc thanh toán luôn phải diễn ra trên nền tảng, kể cả trong thời gian hợp đồng.';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'Nền tảng không cho phép điều này ở giai đoạn hiện tại.';
  },
  whyLabel: 'Tại sao?',
  whyText:
    'Giữ cuộc trò chuyện và việc thanh toán trên nền tảng giúp bảo vệ cả hai bên: tin nhắn được lưu lại, thanh toán được bảo đảm và lừa đảo dễ bị ngăn chặn hơn.',
  policyLinkLabel: 'Đọc chính sách',
  composerLabel: 'Tin nhắn',
  composerPlaceholder: 'Viết tin nhắn…',
  send: 'Gửi',
  sendAnyway: 'Vẫn gửi',
  sending: 'Đang gửi…',
  sendFailed: 'Tin nhắn của bạn chưa được gửi. Nội dung vẫn còn ở đây.',
  retry: 'Thử lại',
  removeFlagged: 'Xóa thông tin liên hệ',
  charactersLeft: pluralMessage(LOCALE, { other: 'Còn # ký tự' }),
  reportTrigger: 'Báo cáo',
  reportTitle: 'Báo cáo tin nhắn này',
  reportDescription: 'Cho chúng tôi biết vấn đề là gì. Tin nhắn và những gì chúng tôi phát hiện trong đó sẽ được đính kèm.',
  reportReasonsLabel: 'Lý do',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Thêm ghi chú (không bắt buộc)',
  reportSubmit: 'Gửi báo cáo',
  reportCancel: 'Hủy',
  reportSending: 'Đang gửi báo cáo…',
  reportSent: 'Cảm ơn bạn — đội ngũ của chúng tôi sẽ xem xét tin nhắn này.',
  reportFailed: 'Không gửi được báo cáo. Vui lòng thử lại.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, { other: 'Tin nhắn chỉ được dài tối đa # ký tự.' }),
  tooLongMasked: '[tin nhắn quá dài để hiển thị]',
  maskedTooltip: 'Thông tin liên hệ được ẩn cho đến khi hợp đồng bắt đầu.',
  scamCautionTitle: 'Hãy cẩn thận',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Tin nhắn này yêu cầu thanh toán ngoài nền tảng. Các khoản thanh toán bên ngoài không được bảo vệ.'
      : offPlatform
        ? 'Tin nhắn này đề nghị tiếp tục trò chuyện ở nơi khác. Các cuộc trò chuyện ngoài nền tảng không được bảo vệ.'
        : '',
  flaggedLabel: (kind) => `Đã gắn cờ: ${NOUNS[kind].single}`,
};

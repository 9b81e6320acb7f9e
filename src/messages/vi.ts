import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
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
  scam: 'Lừa đảo hoặc gian lận',
  'suspicious-link': 'Chứa liên kết đáng ngờ',
  other: 'Lý do khác',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Cuộc gọi và tin nhắn SMS không để lại lịch sử ở đây nếu có sự cố.',
  email: 'Email không để lại lịch sử ở đây nếu có sự cố.',
  url: 'Liên kết có thể dẫn tới trang đăng nhập hoặc thanh toán giả mạo.',
  social: 'Trò chuyện trên ứng dụng khác không được lưu ở đây, và lừa đảo thường tiếp diễn ở đó.',
  meeting: 'Cuộc gọi trên công cụ bên ngoài không lưu lại những gì hai bên đã thỏa thuận.',
  payment: 'Khoản thanh toán ngoài nền tảng không được bảo vệ và thường không thể lấy lại.',
  intent: 'Ở nơi khác sẽ không có lịch sử, và nền tảng không thể hỗ trợ nếu có sự cố.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'Địa chỉ email',
  phone: 'Số điện thoại',
  url: 'Đường liên kết',
  social: 'Tài khoản nhắn tin hoặc mạng xã hội',
  meeting: 'Liên kết họp trực tuyến',
  payment: 'Yêu cầu thanh toán ngoài nền tảng',
  intent: 'Đề nghị trò chuyện ở nơi khác',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { other: 'Xóa liên kết' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { other: 'Xóa yêu cầu thanh toán' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'Khoản thanh toán chỉ được bảo vệ khi thực hiện qua nền tảng.';
    if (kind === 'intent') return 'An toàn nhất là tiếp tục trò chuyện ở đây cho đến khi hợp đồng bắt đầu.';
    if (reason === 'until-contract') return 'An toàn nhất là chỉ chia sẻ những thông tin này khi hợp đồng đã bắt đầu.';
    return 'Nền tảng khuyên không nên chia sẻ những thông tin này ở giai đoạn hiện tại.';
  }
  if (reason === 'always') return 'Việc thanh toán luôn phải diễn ra trên nền tảng, kể cả trong thời gian hợp đồng.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Bạn có thể chia sẻ những thông tin này khi hợp đồng bắt đầu.';
  return 'Nền tảng không cho phép điều này ở giai đoạn hiện tại.';
}

/** Vietnamese, addressing the reader as "bạn". */
export const vi: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Không thể gửi tin nhắn này',
  warnedHeadline: 'Hãy kiểm tra tin nhắn này trước khi gửi',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Chúng tôi phát hiện ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
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
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Chặn luôn người này',
  reportClose: 'Đóng',
  reportDone: 'Đã báo cáo',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'Xóa thông tin liên hệ';
  },
  removedNotice: 'Đã xóa.',
  undo: 'Hoàn tác',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Xóa',
  findingDispute: 'Đây không phải thông tin liên hệ',
  disputedNotice: 'Cảm ơn bạn đã cho biết. Bạn có thể gửi tin nhắn sau khi xác nhận.',
  sendRefused: 'Chưa gửi. Thông báo bên dưới tin nhắn cho biết cần sửa gì.',
  confirmWarning: (kinds) => `Chúng tôi phát hiện ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. Chọn “Vẫn gửi” để gửi nguyên như vậy, hoặc chỉnh sửa tin nhắn.`,
  serverRejected: 'Nền tảng không chấp nhận tin nhắn này. Hãy sửa các phần được đánh dấu để gửi.',
};

import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'zh-Hans';

// Chinese has no plural forms: one form (`other`), with the measure word each noun takes.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: '一个电子邮件地址', counted: { other: '#个电子邮件地址' } },
  phone: { single: '一个电话号码', counted: { other: '#个电话号码' } },
  url: { single: '一个链接', counted: { other: '#个链接' } },
  social: { single: '一个聊天软件或社交媒体账号', counted: { other: '#个聊天软件或社交媒体账号' } },
  meeting: { single: '一个会议链接', counted: { other: '#个会议链接' } },
  payment: { single: '一条平台外付款请求', counted: { other: '#条平台外付款请求' } },
  intent: { single: '一条去其他地方沟通的提议', counted: { other: '#条去其他地方沟通的提议' } },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: '合同开始后，即可交换电子邮件地址。',
  phone: '合同开始后，即可交换电话号码。',
  url: '合同开始后，即可分享链接。',
  social: '合同开始后，即可交换聊天软件和社交媒体账号。',
  meeting: '合同开始后，即可分享会议链接。',
  payment: '合同开始后，才可以请求在平台外付款。',
  intent: '合同开始后，双方可以约定去其他地方沟通。',
};

const MASKED: Record<ContactKind, string> = {
  email: '[电子邮件地址已隐藏]',
  phone: '[电话号码已隐藏]',
  url: '[链接已隐藏]',
  social: '[账号已隐藏]',
  meeting: '[会议链接已隐藏]',
  payment: '[付款请求已隐藏]',
  intent: '[提议已隐藏]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': '要求到平台外继续沟通',
  'off-platform-payment': '要求在平台外付款',
  scam: '诈骗或欺诈',
  'suspicious-link': '包含可疑链接',
  other: '其他原因',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: '电话和短信在这里不会留下记录，出了问题难以查证。',
  email: '电子邮件在这里不会留下记录，出了问题难以查证。',
  url: '链接可能指向虚假的登录或付款页面。',
  social: '在其他应用上的聊天不会在这里留下记录，而诈骗往往就在那里继续。',
  meeting: '在外部工具上的通话不会留下双方约定内容的记录。',
  payment: '在平台外付款不受保障，而且通常无法追回。',
  intent: '在其他地方沟通不会留下记录，出了问题平台也无法提供帮助。',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: '电子邮件地址',
  phone: '电话号码',
  url: '链接',
  social: '聊天软件或社交媒体账号',
  meeting: '会议链接',
  payment: '平台外付款请求',
  intent: '去其他地方沟通的提议',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { other: '删除链接' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { other: '删除付款请求' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return '只有通过平台付款才能得到保障。';
    if (kind === 'intent') return '最稳妥的做法是在合同开始前继续在这里沟通。';
    if (reason === 'until-contract') return '最稳妥的做法是等合同开始后再分享这些信息。';
    return '平台建议在当前阶段不要分享这些信息。';
  }
  if (reason === 'always') return '即使在合同期间，付款也必须在平台上进行。';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : '合同开始后，您就可以分享这些信息。';
  return '平台在当前阶段不允许这样做。';
}

/** Simplified Chinese, addressing the reader as "您". */
export const zhHans: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: '这条消息无法发送',
  warnedHeadline: '发送前请检查这条消息',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `我们发现了${formatList(LOCALE, items)}。`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: '为什么？',
  whyText: '把沟通和付款留在平台上可以保护双方：消息有记录可查，付款有保障，诈骗也更容易被阻止。',
  policyLinkLabel: '查看平台规则',
  composerLabel: '消息',
  composerPlaceholder: '输入消息…',
  send: '发送',
  sendAnyway: '仍然发送',
  sending: '正在发送…',
  sendFailed: '消息未发送。您输入的内容仍保留在这里。',
  retry: '重试',
  removeFlagged: '删除联系方式',
  charactersLeft: pluralMessage(LOCALE, { other: '还可输入#个字符' }),
  reportTrigger: '举报',
  reportTitle: '举报这条消息',
  reportDescription: '请告诉我们哪里有问题。这条消息和我们在其中发现的内容会一并提交。',
  reportReasonsLabel: '原因',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: '添加备注（可选）',
  reportSubmit: '提交举报',
  reportCancel: '取消',
  reportSending: '正在提交举报…',
  reportSent: '谢谢，我们的团队会审核这条消息。',
  reportFailed: '举报提交失败，请重试。',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, { other: '消息最多只能包含#个字符。' }),
  tooLongMasked: '[消息过长，无法显示]',
  maskedTooltip: '合同开始前，联系方式会被隐藏。',
  scamCautionTitle: '注意安全',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? '这条消息要求在平台外付款。在平台外进行的付款不受保护。'
      : offPlatform
        ? '这条消息提议去其他地方继续沟通。平台外的对话不受保护。'
        : '',
  flaggedLabel: (kind) => `已标记：${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: '同时屏蔽此人',
  reportClose: '关闭',
  reportDone: '已举报',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return '删除联系方式';
  },
  removedNotice: '已删除。',
  undo: '撤销',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: '删除',
  findingDispute: '这不是联系方式',
  disputedNotice: '感谢您的反馈。确认后即可发送这条消息。',
  sendRefused: '未发送。消息下方的提示说明了需要修改的内容。',
  confirmWarning: (kinds) => `我们发现了${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}。选择“仍然发送”可按原样发送，也可以修改后再发。`,
  serverRejected: '平台未接受这条消息。请修改标出的部分后再发送。',
};

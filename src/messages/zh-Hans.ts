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
  'suspicious-link': '包含可疑链接',
  other: '其他原因',
};

/** Simplified Chinese, addressing the reader as "您". */
export const zhHans: MessageCatalogue = {
  blockedHeadline: '这条消息暂时无法发送',
  warnedHeadline: '发送前请检查这条消息',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `我们发现了${formatList(LOCALE, items)}。`,
  rule: (kind, reason) => {
    if (reason === 'always') return '即使在合同期间，付款也必须在平台上进行。';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return '平台在当前阶段不允许这样做。';
  },
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
};

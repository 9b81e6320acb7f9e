import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'ja';

// Japanese has no plural forms: one form (`other`), counted with 件.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'メールアドレス', counted: { other: 'メールアドレス#件' } },
  phone: { single: '電話番号', counted: { other: '電話番号#件' } },
  url: { single: 'リンク', counted: { other: 'リンク#件' } },
  social: { single: 'メッセージアプリやSNSのアカウント', counted: { other: 'メッセージアプリやSNSのアカウント#件' } },
  meeting: { single: 'オンライン会議のリンク', counted: { other: 'オンライン会議のリンク#件' } },
  payment: { single: 'プラットフォーム外での支払いの依頼', counted: { other: 'プラットフォーム外での支払いの依頼#件' } },
  intent: { single: '別の場所でのやり取りの提案', counted: { other: '別の場所でのやり取りの提案#件' } },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'メールアドレスは契約開始後に交換できます。',
  phone: '電話番号は契約開始後に交換できます。',
  url: 'リンクは契約開始後に共有できます。',
  social: 'メッセージアプリやSNSのアカウントは契約開始後に交換できます。',
  meeting: 'オンライン会議のリンクは契約開始後に共有できます。',
  payment: 'プラットフォーム外での支払いの依頼は、契約開始後にのみ可能です。',
  intent: '別の場所でのやり取りは、契約開始後に相談できます。',
};

const MASKED: Record<ContactKind, string> = {
  email: '[メールアドレス非表示]',
  phone: '[電話番号非表示]',
  url: '[リンク非表示]',
  social: '[アカウント非表示]',
  meeting: '[会議リンク非表示]',
  payment: '[支払いの依頼非表示]',
  intent: '[提案非表示]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'プラットフォーム外でのやり取りを求めている',
  'off-platform-payment': 'プラットフォーム外での支払いを求めている',
  scam: '詐欺',
  'suspicious-link': '不審なリンクが含まれている',
  other: 'その他',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: '電話やSMSのやり取りは、問題が起きてもここに記録が残りません。',
  email: 'メールのやり取りは、問題が起きてもここに記録が残りません。',
  url: 'リンク先が偽のログインページや支払いページの場合があります。',
  social: 'ほかのアプリでのやり取りはここに記録が残らず、詐欺はそこで続くことがよくあります。',
  meeting: '外部ツールでの通話では、合意した内容の記録が残りません。',
  payment: 'プラットフォーム外での支払いは補償の対象外で、通常は取り戻せません。',
  intent: '別の場所では記録が残らず、問題が起きてもプラットフォームはサポートできません。',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'メールアドレス',
  phone: '電話番号',
  url: 'リンク',
  social: 'メッセージアプリやSNSのアカウント',
  meeting: 'オンライン会議のリンク',
  payment: 'プラットフォーム外での支払いの依頼',
  intent: '別の場所でのやり取りの提案',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { other: 'リンクを削除' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { other: '支払いの依頼を削除' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return '支払いが保護されるのは、プラットフォームを通した場合だけです。';
    if (kind === 'intent') return '契約が始まるまでは、ここでやり取りを続けるのが安全です。';
    if (reason === 'until-contract') return 'これらの情報は、契約開始後に共有するのが安全です。';
    return '現在の段階では、これらの情報の共有はおすすめしません。';
  }
  if (reason === 'always') return '契約期間中も含め、支払いは必ずプラットフォーム上で行ってください。';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'これらの情報は、契約開始後に共有できます。';
  return '現在の段階では、プラットフォームで許可されていません。';
}

/** Japanese, in the polite form (です・ます). */
export const ja: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'このメッセージは送信できません',
  warnedHeadline: '送信する前にメッセージを確認してください',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `${formatList(LOCALE, items)}が含まれています。`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'なぜ？',
  whyText:
    '会話と支払いをプラットフォーム上で行うことで、お互いが守られます。メッセージは記録に残り、支払いは補償の対象となり、詐欺も防ぎやすくなります。',
  policyLinkLabel: 'ポリシーを読む',
  composerLabel: 'メッセージ',
  composerPlaceholder: 'メッセージを入力…',
  send: '送信',
  sendAnyway: 'このまま送信',
  sending: '送信中…',
  sendFailed: 'メッセージを送信できませんでした。入力した文章はそのまま残っています。',
  retry: '再試行',
  removeFlagged: '連絡先情報を削除',
  charactersLeft: pluralMessage(LOCALE, { other: '残り#文字' }),
  reportTrigger: '報告',
  reportTitle: 'このメッセージを報告',
  reportDescription: '問題の内容を教えてください。メッセージと検出された内容が添付されます。',
  reportReasonsLabel: '報告の理由',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'メモを追加（任意）',
  reportSubmit: '報告を送信',
  reportCancel: 'キャンセル',
  reportSending: '報告を送信中…',
  reportSent: 'ご報告ありがとうございます。担当チームがこのメッセージを確認します。',
  reportFailed: '報告を送信できませんでした。もう一度お試しください。',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, { other: 'メッセージは#文字以内で入力してください。' }),
  tooLongMasked: '[メッセージが長すぎるため表示できません]',
  maskedTooltip: '契約が始まるまで、連絡先情報は表示されません。',
  scamCautionTitle: 'ご注意ください',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'このメッセージはプラットフォーム外での支払いを求めています。プラットフォーム外での支払いは保護されません。'
      : offPlatform
        ? 'このメッセージは別の場所でのやり取りを提案しています。プラットフォーム外での会話は保護されません。'
        : '',
  flaggedLabel: (kind) => `検出：${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'このユーザーもブロックする',
  reportClose: '閉じる',
  reportDone: '報告済み',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return '連絡先情報を削除';
  },
  removedNotice: '削除しました。',
  undo: '元に戻す',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: '削除',
  findingDispute: 'これは連絡先ではありません',
  disputedNotice: 'お知らせいただきありがとうございます。確認後にメッセージを送信できます。',
  sendRefused: '送信されませんでした。変更が必要な点はメッセージの下の案内をご覧ください。',
  confirmWarning: (kinds) => `${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}が含まれています。そのまま送る場合は「このまま送信」を選び、直す場合はメッセージを編集してください。`,
  serverRejected: 'プラットフォームがこのメッセージを受け付けませんでした。マークされた部分を編集してから送信してください。',
};

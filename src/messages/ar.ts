import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'ar';

// Arabic has six plural categories: `zero`, `one`, `two` (the dual, written without the number),
// `few` (3–10: plural noun), `many` (11–99: singular noun), `other` (100, 1000…: singular noun).
// The nouns follow "عثرنا على" (genitive), hence the dual in -ين/-ي.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: {
    single: 'عنوان بريد إلكتروني',
    counted: {
      zero: '# عنوان بريد إلكتروني',
      one: 'عنوان بريد إلكتروني واحد',
      two: 'عنواني بريد إلكتروني',
      few: '# عناوين بريد إلكتروني',
      many: '# عنوان بريد إلكتروني',
      other: '# عنوان بريد إلكتروني',
    },
  },
  phone: {
    single: 'رقم هاتف',
    counted: { zero: '# رقم هاتف', one: 'رقم هاتف واحد', two: 'رقمي هاتف', few: '# أرقام هواتف', many: '# رقم هاتف', other: '# رقم هاتف' },
  },
  url: {
    single: 'رابط',
    counted: { zero: '# رابط', one: 'رابط واحد', two: 'رابطين', few: '# روابط', many: '# رابطًا', other: '# رابط' },
  },
  social: {
    single: 'حساب على تطبيق مراسلة أو شبكة اجتماعية',
    counted: {
      zero: '# حساب على تطبيقات المراسلة أو الشبكات الاجتماعية',
      one: 'حساب واحد على تطبيق مراسلة أو شبكة اجتماعية',
      two: 'حسابين على تطبيقات مراسلة أو شبكات اجتماعية',
      few: '# حسابات على تطبيقات مراسلة أو شبكات اجتماعية',
      many: '# حسابًا على تطبيقات مراسلة أو شبكات اجتماعية',
      other: '# حساب على تطبيقات مراسلة أو شبكات اجتماعية',
    },
  },
  meeting: {
    single: 'رابط اجتماع',
    counted: { zero: '# رابط اجتماع', one: 'رابط اجتماع واحد', two: 'رابطي اجتماع', few: '# روابط اجتماعات', many: '# رابط اجتماع', other: '# رابط اجتماع' },
  },
  payment: {
    single: 'طلب دفع خارج المنصة',
    counted: {
      zero: '# طلب دفع خارج المنصة',
      one: 'طلب دفع واحد خارج المنصة',
      two: 'طلبي دفع خارج المنصة',
      few: '# طلبات دفع خارج المنصة',
      many: '# طلب دفع خارج المنصة',
      other: '# طلب دفع خارج المنصة',
    },
  },
  intent: {
    single: 'اقتراح لمواصلة الحديث خارج المنصة',
    counted: {
      zero: '# اقتراح لمواصلة الحديث خارج المنصة',
      one: 'اقتراح واحد لمواصلة الحديث خارج المنصة',
      two: 'اقتراحين لمواصلة الحديث خارج المنصة',
      few: '# اقتراحات لمواصلة الحديث خارج المنصة',
      many: '# اقتراحًا لمواصلة الحديث خارج المنصة',
      other: '# اقتراح لمواصلة الحديث خارج المنصة',
    },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'يمكن تبادل عناوين البريد الإلكتروني بعد بدء العقد.',
  phone: 'يمكن تبادل أرقام الهواتف بعد بدء العقد.',
  url: 'يمكن مشاركة الروابط بعد بدء العقد.',
  social: 'يمكن تبادل حسابات تطبيقات المراسلة والشبكات الاجتماعية بعد بدء العقد.',
  meeting: 'يمكن مشاركة روابط الاجتماعات بعد بدء العقد.',
  payment: 'لا يمكن طلب الدفع خارج المنصة إلا بعد بدء العقد.',
  intent: 'يمكنكما الاتفاق على مواصلة الحديث في مكان آخر بعد بدء العقد.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[بريد إلكتروني مخفي]',
  phone: '[رقم هاتف مخفي]',
  url: '[رابط مخفي]',
  social: '[حساب مخفي]',
  meeting: '[رابط اجتماع مخفي]',
  payment: '[طلب دفع مخفي]',
  intent: '[اقتراح مخفي]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'يطلب نقل المحادثة إلى خارج المنصة',
  'off-platform-payment': 'يطلب الدفع خارج المنصة',
  scam: 'احتيال أو نصب',
  'suspicious-link': 'يحتوي على رابط مريب',
  other: 'سبب آخر',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'المكالمات والرسائل النصية لا تترك سجلًا هنا.',
  email: 'رسائل البريد الإلكتروني لا تترك سجلًا هنا.',
  url: 'قد تقود الروابط إلى صفحات دخول أو دفع مزيفة.',
  social: 'المحادثات في التطبيقات الأخرى لا تترك سجلًا هنا، وغالبًا ما يستمر الاحتيال هناك.',
  meeting: 'المكالمات عبر أدوات خارجية لا تترك سجلًا لما اتفقتما عليه.',
  payment: 'الدفع خارج المنصة غير محمي ويصعب استرداده عادةً.',
  intent: 'خارج المنصة لا يبقى سجل، ولا تستطيع المنصة المساعدة عند حدوث مشكلة.',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'إزالة الرابط', two: 'إزالة الرابطين', other: 'إزالة الروابط' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'إزالة طلب الدفع', two: 'إزالة طلبي الدفع', other: 'إزالة طلبات الدفع' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'لا تكون المدفوعات محمية إلا إذا تمت عبر المنصة.';
    if (kind === 'intent') return 'الأكثر أمانًا مواصلة الحديث هنا حتى يبدأ العقد.';
    if (reason === 'until-contract') return 'الأكثر أمانًا مشاركة هذه البيانات بعد بدء العقد.';
    return 'لا تنصح المنصة بمشاركة هذه البيانات الآن.';
  }
  if (reason === 'always') return 'تتم المدفوعات عبر المنصة دائمًا، حتى أثناء العقد.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'يمكنك مشاركة هذه البيانات بعد بدء العقد.';
  return 'لا تسمح المنصة بذلك في هذه المرحلة.';
}

/**
 * Modern Standard Arabic. Instructions use impersonal forms (يُرجى، يمكن، verbal nouns on buttons)
 * so the copy does not assume the reader's gender.
 */
export const ar: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'لا يمكن إرسال هذه الرسالة',
  warnedHeadline: 'يُرجى مراجعة هذه الرسالة قبل إرسالها',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `عثرنا على ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'لماذا؟',
  whyText:
    'إبقاء المحادثة والدفع على المنصة يحمي الطرفين: تبقى الرسائل محفوظة، وتكون المدفوعات مضمونة، ويسهل إيقاف عمليات الاحتيال.',
  policyLinkLabel: 'قراءة السياسة',
  composerLabel: 'الرسالة',
  composerPlaceholder: 'اكتب رسالة…',
  send: 'إرسال',
  sendAnyway: 'إرسال على أي حال',
  sending: 'جارٍ الإرسال…',
  sendFailed: 'لم تُرسَل رسالتك. النص الذي كتبته ما زال هنا.',
  retry: 'إعادة المحاولة',
  removeFlagged: 'إزالة بيانات الاتصال',
  charactersLeft: pluralMessage(LOCALE, {
    zero: 'لم يتبقَّ أي حرف',
    one: 'يتبقى حرف واحد',
    two: 'يتبقى حرفان',
    few: 'يتبقى # أحرف',
    many: 'يتبقى # حرفًا',
    other: 'يتبقى # حرف',
  }),
  reportTrigger: 'إبلاغ',
  reportTitle: 'الإبلاغ عن هذه الرسالة',
  reportDescription: 'أخبرنا بالمشكلة. سنرفق الرسالة وما وجدناه فيها.',
  reportReasonsLabel: 'السبب',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'إضافة ملاحظة (اختياري)',
  reportSubmit: 'إرسال البلاغ',
  reportCancel: 'إلغاء',
  reportSending: 'جارٍ إرسال البلاغ…',
  reportSent: 'شكرًا لك، سيراجع فريقنا هذه الرسالة.',
  reportFailed: 'تعذّر إرسال البلاغ. يُرجى المحاولة مرة أخرى.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, {
    zero: 'لا يمكن أن تتجاوز الرسالة # حرف.',
    one: 'لا يمكن أن تتجاوز الرسالة حرفًا واحدًا.',
    two: 'لا يمكن أن تتجاوز الرسالة حرفين.',
    few: 'لا يمكن أن تتجاوز الرسالة # أحرف.',
    many: 'لا يمكن أن تتجاوز الرسالة # حرفًا.',
    other: 'لا يمكن أن تتجاوز الرسالة # حرف.',
  }),
  tooLongMasked: '[الرسالة أطول من أن تُعرض]',
  maskedTooltip: 'تبقى بيانات الاتصال مخفية حتى يبدأ العقد.',
  scamCautionTitle: 'تنبيه أمان',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'تطلب هذه الرسالة الدفع خارج المنصة. المدفوعات التي تتم خارجها غير محمية.'
      : offPlatform
        ? 'تقترح هذه الرسالة مواصلة الحديث في مكان آخر. المحادثات خارج المنصة غير محمية.'
        : '',
  flaggedLabel: (kind) => `تم رصد: ${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'حظر هذا الشخص أيضًا',
  reportClose: 'إغلاق',
  reportDone: 'تم الإبلاغ',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'إزالة بيانات الاتصال';
  },
  removedNotice: 'تمت الإزالة.',
  undo: 'تراجع',
  findingTitle: (kind) => NOUNS[kind].single,
  findingRemove: 'إزالة',
  findingDispute: 'هذه ليست بيانات اتصال',
  disputedNotice: 'شكرًا لإخبارنا. يمكنك الإرسال بعد التأكيد.',
  sendRefused: 'لم تُرسل. التنبيه أسفل الرسالة يوضح ما يلزم تغييره.',
  confirmWarning: (kinds) => `عثرنا على ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. اختر «إرسال على أي حال» أو عدّل الرسالة.`,
  serverRejected: 'لم تقبل المنصة هذه الرسالة. عدّل الأجزاء المميزة.',
};

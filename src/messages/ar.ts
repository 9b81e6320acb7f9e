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
  'suspicious-link': 'يحتوي على رابط مريب',
  other: 'سبب آخر',
};

/**
 * Modern Standard Arabic. Instructions use impersonal forms (يُرجى، يمكن، verbal nouns on buttons)
 * so the copy does not assume the reader's gender.
 */
export const ar: MessageCatalogue = {
  blockedHeadline: 'لا يمكن إرسال هذه الرسالة بعد',
  warnedHeadline: 'يُرجى مراجعة هذه الرسالة قبل إرسالها',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `عثرنا على ${formatList(LOCALE, items)}.`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'تتم المدفوعات عبر المنصة دائمًا، حتى أثناء العقد.';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'لا تسمح المنصة بذلك في هذه المرحلة.';
  },
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
};

import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'tr';

// Turkish nouns stay singular after a number ("3 bağlantı"), so `one` and `other` read the same.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'bir e-posta adresi', counted: { one: '# e-posta adresi', other: '# e-posta adresi' } },
  phone: { single: 'bir telefon numarası', counted: { one: '# telefon numarası', other: '# telefon numarası' } },
  url: { single: 'bir bağlantı', counted: { one: '# bağlantı', other: '# bağlantı' } },
  social: { single: 'bir mesajlaşma veya sosyal medya hesabı', counted: { one: '# mesajlaşma veya sosyal medya hesabı', other: '# mesajlaşma veya sosyal medya hesabı' } },
  meeting: { single: 'bir toplantı bağlantısı', counted: { one: '# toplantı bağlantısı', other: '# toplantı bağlantısı' } },
  payment: { single: 'platform dışı bir ödeme talebi', counted: { one: '# platform dışı ödeme talebi', other: '# platform dışı ödeme talebi' } },
  intent: {
    single: 'konuşmaya başka yerde devam etme önerisi',
    counted: { one: '# başka yerde devam etme önerisi', other: '# başka yerde devam etme önerisi' },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'Sözleşme başladığında e-posta adreslerini paylaşabilirsiniz.',
  phone: 'Sözleşme başladığında telefon numaralarını paylaşabilirsiniz.',
  url: 'Sözleşme başladığında bağlantı paylaşabilirsiniz.',
  social: 'Sözleşme başladığında mesajlaşma ve sosyal medya hesaplarını paylaşabilirsiniz.',
  meeting: 'Sözleşme başladığında toplantı bağlantısı paylaşabilirsiniz.',
  payment: 'Platform dışında ödeme talebi ancak sözleşme başladıktan sonra mümkündür.',
  intent: 'Sözleşme başladığında başka bir yerde konuşmak için anlaşabilirsiniz.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[e-posta adresi gizlendi]',
  phone: '[telefon numarası gizlendi]',
  url: '[bağlantı gizlendi]',
  social: '[hesap gizlendi]',
  meeting: '[toplantı bağlantısı gizlendi]',
  payment: '[ödeme talebi gizlendi]',
  intent: '[öneri gizlendi]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Konuşmayı platform dışına taşımak istiyor',
  'off-platform-payment': 'Platform dışında ödeme istiyor',
  'suspicious-link': 'Şüpheli bir bağlantı içeriyor',
  other: 'Başka bir sorun',
};

/** Turkish, addressing the reader as "siz". */
export const tr: MessageCatalogue = {
  blockedHeadline: 'Bu mesaj henüz gönderilemez',
  warnedHeadline: 'Göndermeden önce bu mesajı kontrol edin',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Bu mesajda ${formatList(LOCALE, items)} var.`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'Ödemeler, sözleşme sırasında da her zaman platform üzerinden yapılmalıdır.';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'Platform bu aşamada buna izin vermiyor.';
  },
  whyLabel: 'Neden?',
  whyText:
    'Konuşmanın ve ödemenin platformda kalması ikinizi de korur: mesajlar kayıt altında kalır, ödemeler güvence altındadır ve dolandırıcılığı durdurmak kolaylaşır.',
  policyLinkLabel: 'Kuralları okuyun',
  composerLabel: 'Mesaj',
  composerPlaceholder: 'Bir mesaj yazın…',
  send: 'Gönder',
  sendAnyway: 'Yine de gönder',
  sending: 'Gönderiliyor…',
  sendFailed: 'Mesajınız gönderilemedi. Metniniz hâlâ burada.',
  retry: 'Tekrar dene',
  removeFlagged: 'İletişim bilgilerini kaldır',
  charactersLeft: pluralMessage(LOCALE, { one: '# karakter kaldı', other: '# karakter kaldı' }),
  reportTrigger: 'Bildir',
  reportTitle: 'Bu mesajı bildir',
  reportDescription: 'Sorunun ne olduğunu bize anlatın. Mesaj ve içinde bulduklarımız bildirime eklenecek.',
  reportReasonsLabel: 'Bildirme nedeni',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Not ekleyin (isteğe bağlı)',
  reportSubmit: 'Bildirimi gönder',
  reportCancel: 'İptal',
  reportSending: 'Bildirim gönderiliyor…',
  reportSent: 'Teşekkürler, ekibimiz bu mesajı inceleyecek.',
  reportFailed: 'Bildirim gönderilemedi. Lütfen tekrar deneyin.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, { one: 'Mesajlar en fazla # karakter olabilir.', other: 'Mesajlar en fazla # karakter olabilir.' }),
  tooLongMasked: '[mesaj gösterilemeyecek kadar uzun]',
  maskedTooltip: 'İletişim bilgileri bir sözleşme başlayana kadar gizlenir.',
  scamCautionTitle: 'Dikkatli olun',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Bu mesajda platform dışında ödeme isteniyor. Başka yerde yapılan ödemeler korunmaz.'
      : offPlatform
        ? 'Bu mesajda konuşmaya başka bir yerde devam etmek öneriliyor. Platform dışındaki konuşmalar korunmaz.'
        : '',
  flaggedLabel: (kind) => `İşaretlendi: ${NOUNS[kind].single}`,
};

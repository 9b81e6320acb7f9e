import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
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
  scam: 'Dolandırıcılık',
  'suspicious-link': 'Şüpheli bir bağlantı içeriyor',
  other: 'Başka bir sorun',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Bir sorun çıkarsa aramalar ve SMS’ler burada kayıt bırakmaz.',
  email: 'Bir sorun çıkarsa e-postalar burada kayıt bırakmaz.',
  url: 'Bağlantılar sahte giriş veya ödeme sayfalarına götürebilir.',
  social: 'Başka uygulamalardaki sohbetler burada kayıt bırakmaz ve dolandırıcılık çoğu zaman orada sürer.',
  meeting: 'Harici araçlardaki görüşmelerde neyi kararlaştırdığınızın kaydı kalmaz.',
  payment: 'Platform dışında yapılan ödemeler güvence altında değildir ve genellikle geri alınamaz.',
  intent: 'Platform dışında kayıt kalmaz ve bir sorun çıkarsa platform yardımcı olamaz.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'E-posta adresi',
  phone: 'Telefon numarası',
  url: 'Bağlantı',
  social: 'Mesajlaşma veya sosyal medya hesabı',
  meeting: 'Toplantı bağlantısı',
  payment: 'Platform dışı ödeme talebi',
  intent: 'Başka yerde devam etme önerisi',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'Bağlantıyı kaldır', other: 'Bağlantıları kaldır' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'Ödeme talebini kaldır', other: 'Ödeme taleplerini kaldır' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'Ödemeler yalnızca platform üzerinden yapıldığında korunur.';
    if (kind === 'intent') return 'En güvenlisi, sözleşme başlayana kadar burada konuşmaya devam etmektir.';
    if (reason === 'until-contract') return 'En güvenlisi, bu bilgileri sözleşme başladıktan sonra paylaşmaktır.';
    return 'Platform bu aşamada bu bilgilerin paylaşılmasını önermiyor.';
  }
  if (reason === 'always') return 'Ödemeler, sözleşme sırasında da her zaman platform üzerinden yapılmalıdır.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Bu bilgileri sözleşme başladığında paylaşabilirsiniz.';
  return 'Platform bu aşamada buna izin vermiyor.';
}

/** Turkish, addressing the reader as "siz". */
export const tr: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Bu mesaj gönderilemez',
  warnedHeadline: 'Göndermeden önce bu mesajı kontrol edin',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Bu mesajda ${formatList(LOCALE, items)} var.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
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
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Bu kişiyi de engelle',
  reportClose: 'Kapat',
  reportDone: 'Bildirildi',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'İletişim bilgilerini kaldır';
  },
  removedNotice: 'Kaldırıldı.',
  undo: 'Geri al',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Kaldır',
  findingDispute: 'Bu bir iletişim bilgisi değil',
  disputedNotice: 'Bildirdiğiniz için teşekkürler. Onayladıktan sonra mesajı gönderebilirsiniz.',
  sendRefused: 'Gönderilmedi. Mesajın altındaki uyarı neyin değişmesi gerektiğini söylüyor.',
  confirmWarning: (kinds) => `Bu mesajda ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))} var. Olduğu gibi göndermek için “Yine de gönder”i seçin ya da mesajı düzenleyin.`,
  serverRejected: 'Platform bu mesajı kabul etmedi. Göndermek için işaretli kısımları düzenleyin.',
};

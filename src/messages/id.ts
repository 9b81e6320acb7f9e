import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'id';

// Indonesian marks no plural after a number: one form (`other`) for every count.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'alamat email', counted: { other: '# alamat email' } },
  phone: { single: 'nomor telepon', counted: { other: '# nomor telepon' } },
  url: { single: 'tautan', counted: { other: '# tautan' } },
  social: { single: 'akun aplikasi pesan atau media sosial', counted: { other: '# akun aplikasi pesan atau media sosial' } },
  meeting: { single: 'tautan rapat online', counted: { other: '# tautan rapat online' } },
  payment: { single: 'permintaan pembayaran di luar platform', counted: { other: '# permintaan pembayaran di luar platform' } },
  intent: { single: 'ajakan melanjutkan percakapan di tempat lain', counted: { other: '# ajakan melanjutkan percakapan di tempat lain' } },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'Anda bisa bertukar alamat email setelah kontrak dimulai.',
  phone: 'Anda bisa bertukar nomor telepon setelah kontrak dimulai.',
  url: 'Anda bisa membagikan tautan setelah kontrak dimulai.',
  social: 'Anda bisa bertukar akun aplikasi pesan dan media sosial setelah kontrak dimulai.',
  meeting: 'Anda bisa membagikan tautan rapat online setelah kontrak dimulai.',
  payment: 'Permintaan pembayaran di luar platform baru bisa dilakukan setelah kontrak dimulai.',
  intent: 'Anda bisa sepakat untuk berbicara di tempat lain setelah kontrak dimulai.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[alamat email disembunyikan]',
  phone: '[nomor telepon disembunyikan]',
  url: '[tautan disembunyikan]',
  social: '[akun disembunyikan]',
  meeting: '[tautan rapat disembunyikan]',
  payment: '[permintaan pembayaran disembunyikan]',
  intent: '[ajakan disembunyikan]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Mengajak pindah percakapan ke luar platform',
  'off-platform-payment': 'Meminta pembayaran di luar platform',
  scam: 'Penipuan',
  'suspicious-link': 'Berisi tautan mencurigakan',
  other: 'Lainnya',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Panggilan dan SMS tidak meninggalkan catatan di sini jika terjadi masalah.',
  email: 'Email tidak meninggalkan catatan di sini jika terjadi masalah.',
  url: 'Tautan bisa mengarah ke halaman login atau pembayaran palsu.',
  social: 'Obrolan di aplikasi lain tidak tercatat di sini, dan penipuan sering berlanjut di sana.',
  meeting: 'Panggilan lewat aplikasi luar tidak meninggalkan catatan tentang apa yang disepakati.',
  payment: 'Pembayaran di luar platform tidak dilindungi dan biasanya tidak bisa dikembalikan.',
  intent: 'Di tempat lain tidak ada catatan, dan platform tidak bisa membantu jika terjadi masalah.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'Alamat email',
  phone: 'Nomor telepon',
  url: 'Tautan',
  social: 'Akun aplikasi pesan atau media sosial',
  meeting: 'Tautan rapat online',
  payment: 'Permintaan pembayaran di luar platform',
  intent: 'Ajakan melanjutkan percakapan di tempat lain',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { other: 'Hapus tautan' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { other: 'Hapus permintaan pembayaran' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'Pembayaran hanya terlindungi jika dilakukan melalui platform.';
    if (kind === 'intent') return 'Paling aman tetap mengobrol di sini sampai kontrak dimulai.';
    if (reason === 'until-contract') return 'Paling aman membagikan data ini setelah kontrak dimulai.';
    return 'Platform tidak menyarankan membagikan data ini pada tahap sekarang.';
  }
  if (reason === 'always') return 'Pembayaran harus tetap melalui platform, bahkan selama kontrak berjalan.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Anda bisa membagikan data ini setelah kontrak dimulai.';
  return 'Platform tidak mengizinkan hal ini pada tahap sekarang.';
}

/** Indonesian, addressing the reader as "Anda". */
export const id: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Pesan ini tidak bisa dikirim',
  warnedHeadline: 'Periksa pesan ini sebelum mengirim',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Kami menemukan ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'Mengapa?',
  whyText:
    'Menjaga percakapan dan pembayaran tetap di platform melindungi Anda berdua: pesan tetap tercatat, pembayaran terlindungi, dan penipuan lebih mudah dihentikan.',
  policyLinkLabel: 'Baca kebijakan',
  composerLabel: 'Pesan',
  composerPlaceholder: 'Tulis pesan…',
  send: 'Kirim',
  sendAnyway: 'Tetap kirim',
  sending: 'Mengirim…',
  sendFailed: 'Pesan Anda tidak terkirim. Teks Anda masih ada di sini.',
  retry: 'Coba lagi',
  removeFlagged: 'Hapus detail kontak',
  charactersLeft: pluralMessage(LOCALE, { other: 'Sisa # karakter' }),
  reportTrigger: 'Laporkan',
  reportTitle: 'Laporkan pesan ini',
  reportDescription: 'Beri tahu kami apa masalahnya. Pesan ini dan apa yang kami temukan di dalamnya akan dilampirkan.',
  reportReasonsLabel: 'Alasan',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Tambahkan catatan (opsional)',
  reportSubmit: 'Kirim laporan',
  reportCancel: 'Batal',
  reportSending: 'Mengirim laporan…',
  reportSent: 'Terima kasih — tim kami akan meninjau pesan ini.',
  reportFailed: 'Laporan tidak dapat dikirim. Silakan coba lagi.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, { other: 'Panjang pesan maksimal # karakter.' }),
  tooLongMasked: '[pesan terlalu panjang untuk ditampilkan]',
  maskedTooltip: 'Detail kontak disembunyikan sampai kontrak dimulai.',
  scamCautionTitle: 'Tetap waspada',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Pesan ini meminta pembayaran di luar platform. Pembayaran di luar platform tidak dilindungi.'
      : offPlatform
        ? 'Pesan ini mengajak melanjutkan percakapan di tempat lain. Percakapan di luar platform tidak dilindungi.'
        : '',
  flaggedLabel: (kind) => `Ditandai: ${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Blokir juga orang ini',
  reportClose: 'Tutup',
  reportDone: 'Sudah dilaporkan',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'Hapus detail kontak';
  },
  removedNotice: 'Dihapus.',
  undo: 'Urungkan',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Hapus',
  findingDispute: 'Ini bukan info kontak',
  disputedNotice: 'Terima kasih sudah memberi tahu. Anda bisa mengirim pesan setelah mengonfirmasi.',
  sendRefused: 'Tidak terkirim. Pemberitahuan di bawah pesan menjelaskan apa yang perlu diubah.',
  confirmWarning: (kinds) => `Kami menemukan ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. Pilih “Tetap kirim” untuk mengirimnya apa adanya, atau edit pesannya.`,
  serverRejected: 'Platform tidak menerima pesan ini. Edit bagian yang ditandai untuk mengirimnya.',
};

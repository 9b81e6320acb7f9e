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
  'suspicious-link': 'Berisi tautan mencurigakan',
  other: 'Lainnya',
};

/** Indonesian, addressing the reader as "Anda". */
export const id: MessageCatalogue = {
  blockedHeadline: 'Pesan ini belum bisa dikirim',
  warnedHeadline: 'Periksa pesan ini sebelum mengirim',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Kami menemukan ${formatList(LOCALE, items)}.`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'Pembayaran harus tetap melalui platform, bahkan selama kontrak berjalan.';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'Platform tidak mengizinkan hal ini pada tahap sekarang.';
  },
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
};

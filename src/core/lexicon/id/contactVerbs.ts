/** Indonesian contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['lanjut', 'ngobrol', 'pindah', 'chat', 'hubungi', 'kontak', 'japri', 'dm', 'add', 'tambahkan', 'sms', 'bicara', 'interview', 'interviewnya', 'wawancara', 'selanjutnya'],
  ask: ['minta', 'kirim', 'kirimkan', 'bagi', 'kasih', 'share', 'boleh minta'],
  call: ['telepon', 'telpon', 'telp', 'nelpon', 'vc', 'video call'],
  search: ['cari', 'search', 'carilah'],
  have: ['ada', 'punya', 'bisa', 'boleh'],
  question: ['ga', 'gak', 'nggak', 'kah', 'apa'],
  why: ['kenapa', 'gimana'],
  negation: ['tidak', 'jangan', 'bukan', 'belum'],
};

/** Indonesian contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['lanjut', 'ngobrol', 'pindah', 'hubungi', 'kontak', 'japri', 'tambahkan', 'sms', 'bicara', 'interviewnya', 'wawancara', 'selanjutnya'],
  ask: ['minta', 'kirim*', 'bagi', 'kasih', 'boleh minta'],
  call: ['telepon', 'telpon', 'telp', 'nelpon', 'vc', 'video call'],
  search: ['cari', 'carilah'],
  have: ['ada', 'punya', 'bisa', 'boleh'],
  question: ['ga', 'gak', 'nggak', 'kah', 'apa'],
  why: ['kenapa', 'gimana'],
  negation: ['tidak', 'jangan', 'bukan', 'belum'],
};

/** Indonesian contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['bales', 'balas', 'balesin', 'lanjut', 'ngobrol', 'pindah', 'hubungi', 'kontak', 'japri', 'tambahkan', 'sms', 'bicara', 'interviewnya', 'wawancara', 'selanjutnya', 'hubungin', 'menghubungi', 'bahas', 'ngobrol*', 'respon', 'fast respon', 'fast resp', 'fastrespon', 'dihubungi', 'terhubung', 'tetap terhubung'],
  ask: ['minta', 'kirim*', 'bagi', 'kasih', 'boleh minta', 'berapa', 'dong', 'tinggalin', 'tinggalkan'],
  call: ['telepon', 'telpon', 'telp', 'nelpon', 'vc', 'video call'],
  search: ['cari', 'carilah'],
  have: ['ada', 'punya', 'bisa', 'boleh', 'pakai', 'pake'],
  question: ['ga', 'gak', 'nggak', 'kah', 'apa'],
  why: ['kenapa', 'gimana'],
  negation: ['tidak', 'jangan', 'bukan', 'belum'],
  how: ['gimana', 'bagaimana', 'gmn', 'di mana', 'dimana', 'ke mana', 'kemana'],
  suggest: ['mungkin', 'gimana kalau', 'bagaimana kalau', 'keberatan', 'yuk', 'ayo', 'mending', 'tidak keberatan', 'nggak keberatan', 'gak keberatan', 'ga keberatan', 'aja'],
  easier: ['lebih mudah', 'lebih gampang', 'gampang', 'mudah', 'lebih enak', 'lebih cepat', 'mending'],
  habit: ['lebih aktif', 'aktif', 'lebih sering', 'sering', 'biasanya', 'selalu', 'selalu on'],
  meet: [] as string[],
};

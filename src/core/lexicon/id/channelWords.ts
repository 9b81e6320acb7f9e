/** Indonesian channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['nomor hp', 'no hp', 'nomor wa', 'no wa', 'nomor telepon', 'kontak', 'kontak pribadi', 'hp', 'imel', 'nomornya', 'nomernya', 'nomer', 'kontaknya', 'no wanya', 'no hpnya', 'nomormu', 'nomermu', 'nomor kamu', 'email*', 'emailnya', 'emailmu', 'imelnya'],
  weakDetail: ['nomor', 'no', 'akun'],
  yours: ['kamu', 'anda', 'mu', 'kakak', 'kak', 'sis', 'gan', 'bro', 'bapak', 'pak', 'ibu', 'bu', 'mbak', 'nya'],
  elsewhere: ['di luar platform', 'di luar aplikasi', 'luar aplikasi', 'aplikasi lain', 'app lain', 'tempat lain', 'langsung', 'japri', 'pribadi', 'cara lain', 'jalur lain', 'di tempat lain'],
  label: ['akun', 'nama', 'aku', 'adalah'],
  here: ['di sini', 'disini', 'di platform', 'di aplikasi ini', 'di app', 'di aplikasi aja'],
  rule: ['aturan*', 'kebijakan', 'dilarang', 'ga boleh', 'tidak boleh'],
  warning: ['penipu*', 'modus', 'lapor', 'hati-hati', 'waspada', 'tipu'],
  ours: ['toko kami', 'usaha kami', 'bisnis kami'],
  me: ['saya', 'aku', 'gue', 'gw'],
  self: [] as string[],
  there: ['di sana', 'disana', 'di situ', 'disitu', 'kesana', 'ke sana'],
  rest: ['sisanya', 'selebihnya'],
  work: ['konten', 'iklan', 'postingan', 'template', 'toko', 'channel', 'subscriber', 'pengikut'],
  appWord: ['aplikasi', 'apk', 'app', 'apl', 'aplikasinya'],
  otherApp: ['lain', 'sebelah', 'ijo', 'hijau', 'biru', 'ungu'],
  seen: ['nemu', 'nonton', 'kulihat', 'aku liat', 'aku lihat', 'saya lihat', 'liat di', 'lihat di'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['kalo ada apa2', 'kalau ada apa-apa', 'kalo ada apa-apa', 'kalau ada apa2', 'kapan aja', 'kapan saja', 'ada apa-apa', 'ada apa2'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['di depan', 'udah sampai', 'udah sampe', 'sampai', 'nyampe', 'di pagar', 'di bawah', 'di gerbang', 'udah di gerbang', 'di lobi'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['di bio', 'di profil'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['tapi', 'namun'],
};

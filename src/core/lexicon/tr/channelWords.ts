/** Turkish channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefonunu', 'telefon numarası', 'iletişim', 'iletişim numarası', 'numaranı*', 'maili', 'e-posta', 'eposta', 'mail adresi', 'cep', 'mailden', 'mail üzerinden', 'numaran', 'numaranız', 'telefonla', 'telefondan'],
  weakDetail: ['numara*', 'hesap'],
  yours: ['senin', 'sizin'],
  elsewhere: ['platform dışında', 'site dışında', 'uygulama dışında', 'başka yerden', 'başka uygulama', 'özelden', 'doğrudan', 'başka bir yerden', 'başka yerde', 'başka bir yolu', 'başka yolu', 'buranın dışında', 'bunun dışında'],
  label: ['kullanıcı adı', 'hesab*', 'hesap', 'sayfa', 'adı', 'diye', 'adım', 'ben'],
  here: ['burada*', 'burası', 'platformdan', 'mesajlaşmadan'],
  rule: ['kurallar*', 'yasak', 'izin', 'gereği', 'politika'],
  warning: ['dolandırıcı*', 'sahte', 'dikkat', 'tuzak', 'şikayet'],
  ours: ['bizim'],
  me: ['beni', 'bana'],
  self: ['ben', 'benim', 'benim için', 'bence', 'aktifim'],
  there: ['orada', 'oradan', 'oraya', 'orda', 'ordan'],
  rest: ['gerisi*', 'kalanı'],
  work: ['gönderi*', 'içeri*', 'reklam*', 'hikaye*', 'şablon*', 'sayfa*', 'mağaza*'],
  seen: ['gördüm', 'buldum', 'rastladım', 'denk geldim', 'izledim'],
};

/** Turkish channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefonunu', 'telefon numarası', 'iletişim', 'iletişim numarası', 'numaranı*', 'maili', 'e-posta', 'eposta', 'mail adresi', 'cep', 'mailden', 'mail üzerinden', 'numaran', 'numaranız', 'telefonla', 'telefondan', 'maili*', 'mailin'],
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
  work: ['gönderi*', 'içeri*', 'reklam*', 'hikaye*', 'şablon*', 'sayfa*', 'mağaza*', 'kanal*', 'takipçi*'],
  appWord: ['uygulama*', 'app', 'apk', 'program'],
  otherApp: ['diğer', 'diger', 'başka', 'baska', 'öbür', 'obur', 'yeşil', 'yesil', 'mavi', 'mor'],
  seen: ['gördüm', 'buldum', 'rastladım', 'denk geldim', 'izledim'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['bir şey olursa', 'bir sorun olursa', 'ne zaman istersen', 'herhangi bir şey', 'bir şey lazım olursa'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['gelince', 'kapıya', 'vardığında', 'aşağıda', 'yoldayken', 'kapıda'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['benim'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['profilimde', "bio'da", 'bioda', 'biyografimde'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['ama', 'fakat'],
};

/** Turkish channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefon', 'telefonunu', 'telefon numarası', 'iletişim', 'iletişim numarası', 'numaranı', 'numaranızı', 'mail', 'maili', 'e-posta', 'eposta', 'mail adresi', 'cep'],
  weakDetail: ['numara', 'numarası', 'hesap', 'profil'],
  yours: ['senin', 'sizin'],
  elsewhere: ['platform dışında', 'site dışında', 'uygulama dışında', 'başka yerden', 'başka uygulama', 'özelden', 'direkt', 'doğrudan'],
  label: ['kullanıcı adı', 'hesap', 'profil', 'sayfa', 'adı', 'id', 'diye', 'adım', 'ben'],
  here: ['burada', 'buradan', 'burası', 'platformdan', 'mesajlaşmadan'],
  rule: ['kurallar', 'kuralları', 'yasak', 'izin', 'gereği', 'politika'],
  warning: ['dolandırıcı', 'dolandırıcılık', 'sahte', 'dikkat', 'tuzak', 'şikayet'],
};

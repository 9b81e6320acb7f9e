import type { PaymentWordTable } from '../paymentWordTable.js';

export const TR_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'öde~|ödeme~|ödeyi~|yatır~|havale~|eft~|parayı|paranı|para gönder|para at|kapora~|kaparo~|depozito~|bahşiş~|kira~|tutar~|at hemen|oraya at',
  accept: 'kabul~|alırım',
  outside: 'site dışında|site dışı|platform dışında|uygulama dışında|sahibinden dışında|direkt|doğrudan|elden elden|aramızda|siteden değil|uygulamasız|dışarıdan|haricen|site haricinde|uygulama haricinde|kendi aramızda|aramızda halletsek|aramızda halledelim',
  fee: 'komisyon~|kesinti~|hizmet ücreti|site payı|hizmet bedel~|servis ücret~',
  avoid: 'olmasın|ödemeyelim|vermeyelim|kurtul~|tasarruf|daha ucuz|indirim~|falan ödemeyelim|neden|niye|ne gerek var',
  cash: 'elden|peşin~|kapıda ödeme|cash|nakit|nakitle|nakiten|nakit olarak',
  rest: 'kalan~|geri kalan~|son taksit~|taksit~|aşama~|sonraki ödeme|bakiye~',
  details: 'hesabıma|hesabına|ibanı|ibanım|ibanını|iban numarası|hesap numara~|kart numara~|son kullanma tarihi|cvv|güvenlik kodu|hesap bilgi~|papara numara~',
  gift: 'hediye çeki~|hediye kartı~|hediye kart~|gift card~|google play kart~|steam kart~',
  voucher: 'çek~|kupon~|bakiye yükle~|kod|kodu|kodunu|kodları',
  friends: 'arkadaşa gönderir gibi|arkadaşa|arkadaş olarak|aile ve arkadaş~|hediye olarak',
  negation: 'değil|asla|yapma|gönderme|göndermeyin|istemiyorum|istemem|gerek yok|lüzum yok',
  own: 'dükkanım~|mağazam~|işletmem~|şirket hesabına|müşteri~|kullanıcı~|misafirlerim|öğrencilerim|kiracılarım',
  warning: 'dolandırıc~|sahte|dikkat~|uyarı~|şikayet~|bildir~|oltalama',
  topic: 'entegrasyon~|afiş~|tabela~|logo~|menü|abonelik|uygulama yapıyorum|geliştirici',
  neutral: 'elden teslim~',
  ask: 'lütfen|lutfen|ile|üzerinden|uzerinden|atar mısın|gönder|tara|var mı',
  account: 'hesap~|kart|kartı|kartım|kartımı|kartını|kartına|kartıma',
  holder: 'kimin adına|hesap sahibi|alıcı adı',
  venue: 'site~|uygulama~|platform~',
};

import type { PaymentWordTable } from '../paymentWordTable.js';

export const TL_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'bayad~|magbayad|pambayad|pang-bayad|ibayad|pakibayad|pa-send|isend|ipadala|magpadala|pinadala|padala~|transfer|pera|downpayment|dp|tip|renta|upa|deposit|hulog',
  accept: 'ok po|pwede|okay lang sakin|ok lang sakin|pwede rin|tumatanggap|tanggap',
  outside: 'outside|sa labas|labas ng app|labas ng platform|direkta|diretso|wag na sa app|huwag na sa app|hindi na sa app|deal outside|tayo na lang|sa atin na lang|between us',
  fee: 'service fee|kaltas|bawas|komisyon|commission|fee',
  avoid: 'walang|para hindi|hindi na tayo|iwas|tipid|mas mura|discount|bakit pa|para saan pa',
  cash: 'cash|cash na lang|pera sa kamay|abot ko na lang|personal na bayad|cod',
  rest: 'balance|natitira|yung balance|last milestone|milestone~|hulog~|kulang',
  details: 'account number|acct no|card number|expiry|cvv|gcash name|gcash number|gcash name at number|bank details',
  gift: 'gift card~|steam wallet code|steam wallet~|google play card~|load mo|loadan mo|pa-load|paload|eload|e-load',
  voucher: 'load~|e-load|voucher~|code',
  friends: 'friends & family|friends and family|as gift|pang-regalo',
  negation: 'wag|huwag|hindi|ayoko|bawal|di mo na kailangan|hindi mo na kailangan|di na kailangan|hindi na kailangan|di kailangan',
  own: 'mga customer ko|mga client ko|sa shop ko|sa tindahan ko|customers ko|clients ko|customers|mga suki|mga mamimili|mga guest ko|mga estudyante ko|mga tenant ko',
  warning: 'scam~|manloloko|ingat|mag-ingat|warning|huwag kayong maniniwala|report~|nagpapanggap|peke',
  topic: 'integration|logo|poster|menu|subscriptions|gumagawa ako ng app',
  ask: 'na lang|lang|po|pakisend|through|thru|i-scan|scan|may',
  account: 'account|acct|card|wallet',
  holder: 'kanino nakapangalan|nakapangalan|kaninong pangalan|account name',
  venue: 'app|site|platform',
  where: 'saan',
};

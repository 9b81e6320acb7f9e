import type { PaymentWordTable } from '../paymentWordTable.js';

export const EN_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'pay|pays|paid|paying|payment~|transfer~|wire|wired|wiring|deposit~|tip|tips|money|funds|cash out|settle|payout|advance|down payment|downpayment|upfront|send the money|send money|pay me|bill me',
  accept: 'ok|okay|both ok|is fine|are fine|accept~|i take|we take|do you take|i only take|prefer~|works for me',
  outside: 'outside the platform|outside the site|outside the app|outside of the platform|outside of the site|outside of the app|outside|off platform|off the platform|off the site|off the app|off site|directly|direct|privately|in private|between us|under the table|without the platform|without the site|without the app|skip the platform|skip the site|skip the app|bypass the platform|not through the app|not through the site|no app|between ourselves|among ourselves|between the two of us|just between us|sort it out ourselves|settle it ourselves|on the side',
  fee: 'fee|fees|commission~|service charge~|service fee~|platform fee~|transaction fee~|their cut|the cut|site\'s cut|platform\'s cut|app\'s cut|site cut|platform cut|markup|slice|their slice|their percentage',
  avoid: 'avoid~|save~|skip~|bypass~|dodge|get around|cut out|without|no|why pay|cheaper|discount~|lower price|less|why give|why should|no point|what for',
  cash: 'cash|cash only|cash on delivery|cash in hand|cash on pickup|in person payment|pay in person|hand it over in cash',
  rest: 'rest|remaining|remainder|balance|the rest|milestone~|installment~|instalment~|final payment|last payment|next payment|outstanding',
  details: 'bank details|banking details|bank info|account details|account number|account no|acct number|routing number|sort code|swift code|your iban|my iban|card number|card details|card no|expiry date|expiration date|exp date|cvv|cvc|security code|payment details|wire details|bank account|to my bank|into my bank|your bank details|your bank account|your account details|your card details|your card number|your venmo|your zelle|your paypal|your cashapp|your cash app|your bank',
  gift: 'gift card~|giftcard~|gift code~|itunes card~|steam card~|google play card~|amazon card~|apple card~|steam wallet~|vanilla card~|razer gold',
  voucher: 'voucher~|coupon~|prepaid card~|top up|load~|e-pin',
  friends: 'friends and family|friends & family|friends&family|f&f|family and friends|as a gift|send as gift|gift option|personal payment|send as friend',
  negation: "don't|dont|do not|never|not|won't|wont|can't|cant|cannot|shouldn't|no need to|please no|refuse~|wouldn't|stop",
  own: 'my customers|my clients|my shop|my store|my online shop|my etsy|my business|our customers|our clients|my buyers|customers|buyers|shoppers|subscribers|our users|my users|our guests|my guests|my tenants|our tenants|my students|my patients|my followers|my audience',
  neutral: 'voucher template|voucher design|coupon design|paid cash for|deposit receipt|payment receipt|payment confirmation|payment notification|payment notifications|cashback|cash back|cash register|petty cash|cash flow|cashflow|gift card design|gift cards design|tip jar|pro tip|pay attention|paying attention|pay off|paid off|rest assured',
  warning: 'scam~|fraud~|beware|careful|warning|report~|phishing|fake|con artist~|watch out|red flag|pretend~|impersonat~|fall for it|don\'t fall|dont fall|suspicious|sketchy|shady',
  ask: 'just|pls|please|plz|via|scan|use|using|instead|do you have|you got',
  account: 'acc|acct|bank acc',
  holder: 'whose name|what name|name on the account|account holder|account name|under what name|in whose name',
  topic: 'footer|signage|sign|menu|sticker~|subscriptions|subscription billing|app that',
  venue: 'site|app|platform|website|the site|the app|the platform|marketplace',
};

import type { PaymentWordTable } from '../paymentWordTable.js';

export const HI_LATN_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'payment|paisa|paise|paison|rupaye|rs|rakam|kiraya|rent|fees|tip|advance|deposit|transfer|paise bhej~|jama|paid|pay',
  accept: 'chalega|le lunga|leta hu|leta hoon',
  outside: 'app ke bahar|app se bahar|site ke bahar|platform ke bahar|bahar|seedha|sidha|direct|bina app ke|app ke bina|yaha se dobara book mat|aapas me|aapas mein|apas me|apne beech',
  fee: 'service charge|commission|platform fee|charge|fees katega',
  avoid: 'kyu dena|kyun dena|kyu de|bachao|bachega|bach jayega|kam kar dunga|kam kar duga|discount|sasta|bina|kyun de',
  cash: 'cash|nakad|nagad|haath me|hath me|cash me',
  rest: 'baki~|baaki~|bacha hua|next milestone|agla milestone|milestone~|kist~|agle mahine',
  details: 'account no|account number|a/c|khata number|ifsc|card number|card no|expiry|cvv|bank details|upi id|apna upi',
  gift: 'gift card~|giftcard~|amazon card|voucher code',
  voucher: 'voucher~|coupon~|recharge~|code',
  friends: 'friends and family|dost ko bhejne|gift ke taur pe',
  negation: 'nahi|nahin|nhi|nai|mat|na karo|mana|zarurat nahi|zaroorat nahi|jarurat nahi|zarurat nahin',
  own: 'apne clients|mere clients|mere customers|apne customers|meri dukaan|hamare customers|customers|grahakon|mere students|mere guests|mere kirayedar',
  warning: 'dhokha~|fraud|scam|savdhan|report kar~|thagi|nakli|fake',
  topic: 'dashboard~|integration|poster|logo|subscription|backend|app bana',
  ask: 'kar dena|kar do|kardo|karo|kar dijiye|kar dijie|karna|se|pe|scan|hai kya',
  account: 'account|khata|khate|card|wallet',
  holder: 'kiske naam',
  venue: 'site|app|platform|website',
  where: 'kaha|kahan|kidhar',
};

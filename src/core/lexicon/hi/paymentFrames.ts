import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const HI_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'आधा|आधी|आधे|आधा पैसा',
  toMe: 'मुझे|मुझको|मेरे को',
  condition: 'से पहले|पहले|जब|तभी|तब|अगर|जैसे ही|बाद',
  send: 'भेजूं|भेजूँ|भेजू|भेज दूं|भेजना|भेजें|डालूं|डालूँ|डाल दो|डाल देना|डालो|जमा कर दो|जमा करो',
  photo: 'फोटो|फ़ोटो|तस्वीर',
  commit: 'कन्फर्म|बुक कर दूंगा|पक्का',
};

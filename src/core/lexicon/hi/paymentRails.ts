/** India (Devanagari). UPI IDs (name@bank) are read by their own pattern. */
export const HI_PAYMENT_RAILS =
  'यूपीआई/upi|भीम~/bhim|फोनपे/फ़ोनपे/phonepe/phone pe|पेटीएम/paytm|गूगल पे|जीपे|नेफ्ट/neft|आईएमपीएस/imps|आरटीजीएस/rtgs|एसबीआई/sbi|एचडीएफसी/hdfc|आईसीआईसीआई/icici|एक्सिस बैंक/axis bank|कोटक/kotak|?बैंक~|मोबिक्विक/mobikwik|फ्रीचार्ज/freecharge|भारतपे/bharatpe|?razorpay|?cred|amazon pay|अमेज़न पे';

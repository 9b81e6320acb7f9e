/** Pakistan. */
export const UR_PAYMENT_RAILS =
  'جاز کیش/جیز کیش/jazzcash/jazz cash|ایزی پیسہ/ایزی پیسا/easypaisa|سادہ پے/sadapay|نیا پے/nayapay|راست/raast|?بینک|ایچ بی ایل/hbl|یو بی ایل/ubl|میزان بینک/meezan|الائیڈ بینک|بینک الفلاح|آئی بی ایف ٹی/ibft|یو پیسہ|پے پال';

/** Urdu channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['نمبر', 'فون نمبر', 'ای میل', 'ایمیل', 'میل', 'رابطہ', 'کانٹیکٹ'],
  weakDetail: ['آئی ڈی', 'اکاؤنٹ', 'پروفائل'],
  yours: ['اپنا', 'اپنی', 'آپ کا', 'آپ کی', 'آپ سے', 'آپ کو', 'تم سے', 'تمہیں'],
  elsewhere: ['کسی اور ایپ', 'دوسری ایپ', 'باہر', 'ڈائریکٹ', 'براہ راست', 'پرسنل', 'کہیں اور', 'دوسری جگہ', 'کوئی اور طریقہ', 'اور طریقہ', 'ایپ سے باہر', 'سائٹ کے باہر'],
  label: ['آئی ڈی', 'آئیڈی', 'یوزر نیم', 'اکاؤنٹ', 'پیج', 'نام', 'ہے'],
  here: ['یہاں', 'ایپ پر'],
  rule: ['اصول', 'قانون', 'پالیسی', 'منع', 'اجازت'],
  warning: ['فراڈ', 'دھوکہ', 'رپورٹ', 'خبردار', 'اسکیم'],
  ours: ['ہمارے', 'ہمارا', 'ہماری'],
  me: ['مجھے', 'مجھ کو'],
  self: ['میں', 'میرے لیے', 'میرے', 'ہوں'],
  there: ['وہیں', 'وہاں'],
  rest: ['باقی'],
  work: ['بوٹ', 'ویڈیو', 'پوسٹ', 'پوسٹس', 'ریل', 'ریلز', 'کانٹینٹ', 'اشتہار', 'بزنس', 'ٹیمپلیٹ', 'پیج', 'چینل', 'فالوورز'],
  appWord: ['ایپ', 'اپلیکیشن', 'ایپلیکیشن'],
  otherApp: ['دوسری', 'دوسرے', 'دوسرا', 'ہری', 'ہرے', 'ہرا', 'نیلی', 'نیلے', 'نیلا'],
  seen: ['دیکھا', 'دیکھی', 'دیکھے'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['کوئی بھی بات', 'کبھی بھی', 'ضرورت ہو', 'کچھ بھی ہو'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['پہنچ', 'نیچے', 'گیٹ پر'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['میرا', 'میری'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['بائیو میں', 'پروفائل میں'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['لیکن', 'مگر'],
};

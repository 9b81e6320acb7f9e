/** Bengali names: "হোয়াটসঅ্যাপ", "ইমো", "ইনস্টা", "ফেসবুক"; case endings (-এ, -তে) join the name. */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['হোয়াটসঅ্যাপ', 'হোয়াটস এপ', 'ওয়াটসঅ্যাপ', 'হোয়াটসআপ', 'হোয়াটস'],
  telegram: ['টেলিগ্রাম', 'টেলি'],
  imo: ['ইমো', 'ইমোতে', 'আইমো'],
  viber: ['ভাইবার'],
  instagram: ['ইনস্টাগ্রাম', 'ইনস্টা', 'ইন্সটা'],
  facebook: ['ফেসবুক', 'এফবি', 'মেসেঞ্জার'],
  skype: ['স্কাইপ'],
  linkedin: ['লিংকডইন', 'লিঙ্কডইন'],
  tiktok: ['টিকটক'],
  zoom: ['জুম', 'জুমে'],
  discord: ['ডিসকর্ড'],
  snapchat: ['স্ন্যাপচ্যাট', 'স্ন্যাপ'],
  x: ['টুইটার'],
  signal: ['সিগন্যাল'],
  youtube: ['ইউটিউব'],
};

/** Bangladesh and West Bengal. */
export const BN_PAYMENT_RAILS =
  'বিকাশ~/bkash/b kash|?নগদ/nagad/?নগদে|রকেট~/?rocket|?উপায়/upay/ইউপে|ডাচ-বাংলা ব্যাংক/ডাচ বাংলা|ব্র্যাক ব্যাংক|ইসলামী ব্যাংক|সিটি ব্যাংক|?ব্যাংক~|sslcommerz|শিওরক্যাশ/surecash|এমক্যাশ|ইউপিআই|ফোনপে|গুগল পে';

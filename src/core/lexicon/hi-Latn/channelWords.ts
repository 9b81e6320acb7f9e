/** Romanised Hindi channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['number', 'email', 'mail', 'contact', 'phone number', 'mobile number', 'personal contact'],
  weakDetail: ['id', 'account'],
  yours: ['apna', 'apni', 'aapka', 'aapki', 'tumhara', 'tera'],
  elsewhere: ['kisi aur app', 'dusre app', 'bahar', 'direct', 'personal'],
  label: ['id', 'username', 'account', 'page', 'naam', 'hai', 'h'],
  here: ['yaha', 'yahan', 'app pe', 'platform pe'],
  rule: ['rule', 'rules', 'policy', 'allowed', 'mana'],
  warning: ['fraud', 'scam', 'report', 'dhokha', 'thagi', 'savdhan'],
};

/** Romanised Hindi channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['personal contact', 'mobile no'],
  weakDetail: [] as string[],
  yours: ['apna', 'apni', 'aapka', 'aapki', 'tumhara', 'tera'],
  elsewhere: ['kisi aur app', 'dusre app', 'bahar', 'direct', 'personal'],
  label: ['naam', 'hai', 'h'],
  here: ['yaha', 'yahan', 'app pe', 'platform pe'],
  rule: ['mana'],
  warning: ['dhokha', 'thagi', 'savdhan'],
};

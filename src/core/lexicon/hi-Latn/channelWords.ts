/** Romanised Hindi channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['personal contact', 'mobile no'],
  weakDetail: [] as string[],
  yours: ['apna', 'apni', 'aapka', 'aapki', 'tumhara', 'tera', 'aapse', 'aapko', 'tumse', 'tumhe'],
  elsewhere: ['kisi aur app', 'dusre app', 'bahar', 'direct', 'personal', 'kahin aur', 'kahi aur', 'dusri jagah', 'koi aur tareeka', 'koi aur tarika', 'aur tareeka', 'app ke bahar', 'site ke bahar'],
  label: ['naam', 'hai', 'h'],
  here: ['yaha', 'yahan', 'app pe', 'platform pe'],
  rule: ['mana'],
  warning: ['dhokha', 'thagi', 'savdhan'],
  ours: ['hamare', 'hamara', 'hamari', 'humare', 'humara', 'humari'],
  me: ['mujhe', 'muje', 'mjhe'],
  self: ['mere liye', 'mere', 'mera', 'hu', 'hoon', 'hun'],
  there: ['wahi', 'wahin', 'waha', 'wahan', 'vahi', 'vaha'],
  rest: ['baaki', 'baki', 'baqi'],
  work: ['business', 'template', 'page'],
  seen: ['dekha', 'dekhi', 'dekhe'],
};

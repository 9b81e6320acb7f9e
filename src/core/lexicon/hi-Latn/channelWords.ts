/** Romanised Hindi channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['personal contact', 'mobile no', 'whatsapp no', 'wa no', 'phone no', 'contact no', 'contact number'],
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
  work: ['business', 'template', 'page', 'channel', 'followers'],
  appWord: ['app', 'apps', 'application'],
  otherApp: ['dusre', 'dusra', 'dusri', 'doosre', 'doosra', 'dusare', 'hare', 'hara', 'hari', 'neele', 'neela', 'neeli', 'nile', 'nila'],
  seen: ['dekha', 'dekhi', 'dekhe'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['kuch bhi ho', 'kabhi bhi', 'koi bhi baat', 'zarurat ho', 'jarurat ho', 'kuch bhi chahiye'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['pahunch', 'pahuch', 'pahunchke', 'aake', 'neeche', 'niche', 'gate pe', 'pohoch'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['mera', 'meri'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['bio mein', 'bio me', 'profile mein', 'profile me'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['lekin', 'magar'],
};

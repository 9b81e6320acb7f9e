/** Filipino contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['chat', 'mag-usap', 'usap', 'mag-chat', 'add', 'pm', 'message', 'i-message', 'text', 'i-text', 'ma-text', 'follow'],
  ask: ['pahingi', 'hingi', 'bigay', 'ibigay', 'pasend', 'send'],
  call: ['tawag', 'tawagan', 'call', 'i-call'],
  search: ['hanapin', 'search', 'i-search'],
  have: ['may', 'meron', 'mayroon', 'pwede', 'puwede'],
  question: ['ba', 'po ba'],
  why: ['bakit'],
  negation: ['hindi', 'huwag', 'wag', 'bawal'],
};

/** Filipino contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['mag-usap', 'usap', 'mag-chat', 'i-message', 'i-text', 'ma-text'],
  ask: ['pahingi', 'hingi', 'bigay', 'ibigay', 'pasend'],
  call: ['tawag*', 'i-call'],
  search: ['hanapin', 'i-search'],
  have: ['may', 'meron', 'mayroon', 'pwede', 'puwede'],
  question: ['ba', 'po ba'],
  why: ['bakit'],
  negation: ['hindi', 'huwag', 'wag', 'bawal'],
};

/** Filipino contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['mag-reply', 'sagot*', 'mag-usap', 'usap', 'mag-chat', 'i-message', 'i-text', 'ma-text', 'makokontak', 'makontak', 'kontakin', 'ituloy', 'tuloy', 'lipat', 'i-pm', 'mag-message', 'magusap', 'nagre-reply', 'pa-add', 'i-add', 'add mo'],
  ask: ['pahingi', 'hingi', 'bigay', 'ibigay', 'pasend', 'ano', 'pa-send', 'pa-share', 'anong', 'ano ang', 'ano yung', 'ano po ang', 'iwan', 'iwanan', 'mag-iwan'],
  call: ['tawag*', 'i-call', 'tatawagan', 'tatawag'],
  search: ['hanapin', 'i-search'],
  have: ['may', 'meron', 'mayroon', 'pwede', 'puwede'],
  question: ['ba', 'po ba'],
  why: ['bakit'],
  negation: ['hindi', 'huwag', 'wag', 'bawal'],
  how: ['paano', 'saan', 'papaano'],
  suggest: ['siguro', 'baka', 'okay lang', 'ok lang', 'kung pwede', 'tara', 'na lang', 'tayo', 'nalang'],
  easier: ['mas madali', 'madali', 'mas mabilis', 'mas okay', 'mas maganda'],
  habit: ['mas active', 'active', 'mas madalas', 'palagi', 'online sa'],
  meet: [] as string[],
};

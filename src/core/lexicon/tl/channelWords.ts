/** Filipino channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['cp number', 'cp'],
  weakDetail: ['acc'],
  yours: ['mo', 'nyo', 'ninyo', 'niyo', 'kita', 'kayo'],
  elsewhere: ['sa labas', 'ibang app', 'sa text', 'text na lang', 'ibang lugar', 'ibang paraan', 'iba bang paraan', 'labas ng app'],
  label: ['pangalan', 'ko', 'namin', 'ay'],
  here: ['dito', 'sa app', 'sa platform'],
  rule: ['bawal', 'patakaran'],
  warning: ['nagpapanggap', 'ireport', 'i-report', 'maniniwala'],
  ours: ['aming'],
  me: ['ako', 'sa akin'],
  self: ['sakin', 'ko'],
  there: ['doon', 'dun'],
  rest: ['yung iba', 'natitira'],
  work: ['bidyo', 'page', 'chatbot', 'channel', 'followers'],
  appWord: ['app', 'application', 'apps'],
  otherApp: ['ibang', 'iba', 'berde', 'asul', 'violet', 'kabilang'],
  seen: ['nakita', 'napanood'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['pag may problema', 'kung may problema', 'kahit kailan', 'pag may kailangan', 'kung may kailangan'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['nasa gate', 'pagdating', 'pag dating', 'andyan ka na', 'nandito ka na', 'nasa baba'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['sa bio ko', 'sa profile ko', 'nasa bio'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['pero'],
};

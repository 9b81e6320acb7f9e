/** Filipino channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['number', 'cp number', 'cp', 'contact number', 'email', 'contact', 'contact info'],
  weakDetail: ['account', 'acc'],
  yours: ['mo', 'nyo', 'ninyo', 'niyo'],
  elsewhere: ['sa labas', 'ibang app', 'sa text', 'text na lang', 'personal'],
  label: ['account', 'username', 'page', 'pangalan', 'name', 'ko', 'namin', 'ay'],
  here: ['dito', 'sa app', 'sa platform'],
  rule: ['rules', 'bawal', 'patakaran', 'policy'],
  warning: ['scam', 'modus', 'nagpapanggap', 'warning', 'ireport', 'i-report', 'maniniwala'],
};

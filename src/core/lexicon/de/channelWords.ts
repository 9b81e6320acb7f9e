/** German channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['handynummer', 'handynr', 'telefonnummer', 'telnr', 'tel', 'handy', 'e-mail-adresse', 'email-adresse', 'mailadresse', 'e-mail', 'email', 'mail', 'kontaktdaten', 'kontakt', 'whatsapp-nummer'],
  weakDetail: ['nummer', 'nr', 'benutzername', 'konto', 'profil'],
  yours: ['deine', 'dein', 'ihre', 'ihr', 'deinen', 'ihren'],
  elsewhere: ['außerhalb der seite', 'ausserhalb der seite', 'außerhalb der plattform', 'ausserhalb der plattform', 'außerhalb der app', 'woanders', 'andere app', 'privat', 'direkt', 'per sms'],
  label: ['benutzername', 'name', 'konto', 'profil', 'seite', 'id', 'nick', 'ist', 'bin', 'als'],
  here: ['über die plattform', 'auf der plattform', 'im chat', 'hier im chat', 'hier auf der plattform', 'hier weiter'],
  rule: ['regeln', 'richtlinien', 'agb', 'erlaubt', 'verboten', 'nicht erlaubt'],
  warning: ['betrug', 'betrüger', 'abzocke', 'achtung', 'vorsicht', 'melden', 'fake'],
};

/** German channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['handy*', 'telefonnummer', 'telnr', 'e-mail-adresse', 'email-adresse', 'mailadresse', 'kontakt*', 'whatsapp-nummer'],
  weakDetail: ['nummer', 'nr', 'benutzername', 'konto'],
  yours: ['deine*', 'dein', 'ihre', 'ihr', 'ihren'],
  elsewhere: ['außerhalb der seite', 'ausserhalb der seite', 'außerhalb der plattform', 'ausserhalb der plattform', 'außerhalb der app', 'woanders', 'andere app', 'privat', 'direkt', 'per sms', 'andere möglichkeit', 'anderen weg', 'anderer weg', 'anderswo', 'anderen kanal', 'anderer kanal', 'außerhalb', 'ausserhalb'],
  label: ['benutzername', 'konto', 'seite', 'ist', 'bin', 'als'],
  here: ['über die plattform', 'auf der plattform', 'im chat', 'hier im chat', 'hier auf der plattform', 'hier weiter'],
  rule: ['regeln', 'richtlinien', 'agb', 'erlaubt', 'verboten', 'nicht erlaubt'],
  warning: ['betrug', 'betrüger', 'abzocke', 'achtung', 'vorsicht', 'melden'],
  ours: ['unser', 'unsere', 'unseren', 'unserer', 'unseres', 'unserem'],
  me: ['mich', 'mir'],
  self: ['ich', 'bin', 'für mich'],
  there: ['da', 'dort', 'dorthin'],
  rest: ['den rest', 'der rest', 'alles weitere', 'das weitere'],
  work: ['bot', 'bots', 'beitr*', 'inhalt*', 'anzeige*', 'werbung', 'kanal', 'seite', 'shop', 'vorlage*'],
  appWord: ['app', 'apps', 'anwendung'],
  otherApp: ['andere', 'anderen', 'anderer', 'grüne', 'grünen', 'blaue', 'blauen', 'lila'],
  seen: ['gesehen', 'entdeckt', 'gefunden', 'gestoßen', 'sah'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['wenn was ist', 'falls was ist', 'bei fragen', 'jederzeit', 'wenn etwas ist', 'falls etwas ist'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['unten', 'ankommst', 'angekommen', 'vor der tür', 'da bist', 'unterwegs', 'vor dem haus', 'am tor', 'an der tür', 'vor dem tor'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['meine', 'mein', 'meinen'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['in meinem profil', 'in meiner bio', 'im profil'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['aber'],
};

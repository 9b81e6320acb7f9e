/**
 * "My" in the Latin-script languages, before or after a platform's name ("mi insta", "ig aku",
 * "insta mình", "mera insta"): whose account it is, so a plain word after "is" reads as its handle.
 */
export const SOCIAL_POSSESSIVES: readonly string[] = [
  'my', 'mi', 'mis', 'meu', 'minha', 'mon', 'ma', 'mein', 'meine', 'mio', 'mia', 'mój', 'moj', 'moje', 'moja', 'benim',
  'hesabım', 'adım', 'aku', 'ku', 'saya', 'gue', 'ko', 'ang', 'mình', 'tôi', 'em', 'anh', 'mera', 'meri', 'mere', 'apna', 'apni',
];

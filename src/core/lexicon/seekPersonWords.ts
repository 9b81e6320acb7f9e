/**
 * Words for the person a client is looking for ("someone", "a dev", "an admin"), per language.
 * After a search verb they make the search a job post ("je cherche quelqu'un pour gérer ma page
 * Facebook"), not a "look me up on …". `before` lists the unspaced forms written before the verb
 * ("作ってくれる方を探しています", "找个人").
 */
export const SEEK_PERSON_AFTER: Readonly<Record<string, string>> = {
  en: 'someone|somebody|a person|a freelancer|a dev|a developer|a designer|an admin|an editor|a manager|a va|an assistant|help',
  es: 'alguien|una persona|un dev|un desarrollador|un programador|un diseñador|una diseñadora|un editor|un community manager|un freelance',
  pt: 'alguém|alguem|uma pessoa|um dev|um desenvolvedor|um programador|um designer|um editor|uma designer|um freelancer',
  fr: "quelqu'un|quelqu’un|une personne|un dev|un développeur|un graphiste|une graphiste|un freelance|un monteur|une monteuse|un community manager",
  de: 'jemand|jemanden|eine person|einen dev|einen entwickler|eine entwicklerin|einen designer|eine designerin|eine agentur|unterstützung|hilfe',
  it: 'qualcuno|una persona|uno sviluppatore|un dev|un grafico|una grafica|un social media manager|un freelance',
  ru: 'кого-то|кого-нибудь|человека|разработчика|специалиста|дизайнера|админа|smm|смм',
  pl: 'kogoś|kogos|osoby|osobę|programistę|grafika|graficzkę|admina',
  tr: 'birini|birisini|eleman|geliştirici|tasarımcı|yazılımcı',
  ar: 'حد|شخص|أحد|مبرمج|مصمم|مصممة',
  hi: 'किसी को|कोई',
  'hi-Latn': 'kisi ko|koi banda|koi bandi|koi',
  bn: 'কাউকে|কেউ',
  ur: 'کسی کو|کوئی',
  id: 'admin|orang|seseorang|yang bisa|tim|jasa',
  tl: 'tao|taong|marunong|admin',
  vi: 'người|ai đó|bạn nào|admin',
  zh: '人|个人|一个人|开发|设计师',
  ja: '人',
};

export const SEEK_PERSON_BEFORE: Readonly<Record<string, string>> = {
  ja: '方を|人を|方|人',
  zh: '人|个人',
  hi: 'किसी को|कोई',
  ur: 'کسی کو|کوئی',
  bn: 'কাউকে|কেউ',
  tr: 'birini|birisini|eleman',
};

/**
 * Top-level domains accepted for bare domains ("myportfolio.io"). A curated set rather than the
 * whole IANA list: in chat, "SAT.LOVE" or "tomorrow.call" are sentences missing a space, not links.
 * Links with a scheme or "www." accept any alphabetic TLD.
 */
const GENERIC = [
  'com', 'net', 'org', 'info', 'biz', 'edu', 'gov', 'mil', 'int', 'io', 'co', 'dev', 'app', 'ai', 'xyz', 'site',
  'online', 'store', 'shop', 'tech', 'blog', 'cloud', 'design', 'studio', 'art', 'page', 'link', 'live', 'life',
  'world', 'email', 'agency', 'digital', 'media', 'news', 'club', 'space', 'website', 'pro', 'mobi', 'tv', 'fm',
  'gg', 'gl', 'ly', 'cc', 'ws', 'la', 'vc', 'fyi', 'top', 'icu', 'vip', 'work', 'works', 'company', 'solutions',
  'services', 'portfolio', 'photo', 'photos', 'photography', 'gallery', 'codes', 'software', 'network', 'one',
  'asia', 'eu', 'cat', 'travel', 'jobs', 'name', 'bio', 'social', 'chat', 'zone', 'team', 'inc', 'ltd',
  'llc', 'money', 'finance', 'capital', 'market', 'sale', 'sbs', 'cfd', 'buzz', 'run', 'sh', 'lol', 'me',
];

// Country codes. Those that are also everyday words get extra care (see WORD_LIKE_TLDS).
const COUNTRY = [
  'ac', 'ad', 'ae', 'af', 'ag', 'al', 'am', 'ao', 'ar', 'as', 'at', 'au', 'az', 'ba', 'bd', 'be', 'bg', 'bh', 'bo',
  'br', 'by', 'bz', 'ca', 'ch', 'ci', 'cl', 'cm', 'cn', 'cr', 'cu', 'cy', 'cz', 'de', 'dk', 'do', 'dz', 'ec', 'ee',
  'eg', 'es', 'et', 'fi', 'fj', 'fr', 'ge', 'gh', 'gr', 'gt', 'hk', 'hn', 'hr', 'ht', 'hu', 'id', 'ie', 'il', 'im',
  'in', 'iq', 'ir', 'is', 'it', 'jm', 'jo', 'jp', 'ke', 'kg', 'kh', 'kr', 'kw', 'kz', 'lb', 'li', 'lk', 'lt', 'lu',
  'lv', 'ma', 'mc', 'md', 'mk', 'mn', 'mt', 'mu', 'mx', 'my', 'mz', 'na', 'ng', 'ni', 'nl', 'no', 'np', 'nu', 'nz',
  'om', 'pa', 'pe', 'ph', 'pk', 'pl', 'pr', 'ps', 'pt', 'py', 'qa', 'ro', 'rs', 'ru', 'rw', 'sa', 'se', 'sg', 'si',
  'sk', 'sn', 'so', 'st', 'su', 'sv', 'th', 'tj', 'tk', 'tn', 'to', 'tr', 'tt', 'tw', 'tz', 'ua', 'ug', 'uk', 'us',
  'uy', 'uz', 've', 'vn', 'ye', 'za', 'zm', 'zw', 'рф', 'укр', 'срб', 'қаз', 'мкд', 'бел',
];

export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set([...GENERIC, ...COUNTRY]);

/**
 * TLDs that are also words or file extensions people type after a full stop without a space
 * ("message.it", "done.so", "notes.md"). A bare domain on one of them needs more evidence:
 * a path, "www.", or a label that could not be a word.
 */
export const WORD_LIKE_TLDS: ReadonlySet<string> = new Set([
  'it', 'me', 'to', 'in', 'is', 'at', 'be', 'no', 'so', 'us', 'my', 'do', 'am', 'as', 'by', 'id', 'an', 'on', 'go',
  'la', 'md', 'py', 'sh', 'pl', 'rs', 'st', 'ps', 'ai', 'one', 'run', 'live', 'life', 'link', 'page', 'zone',
  'team', 'work', 'works', 'news', 'art', 'top', 'name', 'market', 'sale', 'store', 'shop', 'chat', 'social',
  'photo', 'photos', 'ltd', 'inc', 'cat', 'jobs', 'money', 'capital', 'buzz', 'lol', 'fyi', 'ac', 'ad', 'al', 'ag',
  'im', 'mt', 'ma', 'sa', 'se', 'si', 'pro',
  // Field names in code: "user.email", "order.email".
  'email',
]);

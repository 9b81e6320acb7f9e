import { KNOWN_HOSTS } from '../platforms/platformHosts.js';

// A big service's help, support, legal, developer or store page is something to read, not a way to reach
// the writer: "zoom.us/support", "support.google.com/mail/answer/…", "paypal.com/us/smarthelp/…".
const HELP_WORDS = new Set([
  'help', 'helpcenter', 'hc', 'support', 'faq', 'faqs', 'smarthelp', 'answer', 'answers', 'docs', 'kb', 'legal',
  'terms', 'privacy', 'policies', 'policy', 'guide', 'guides', 'community', 'status', 'security', 'download', 'pricing',
  // Developer endpoints and docs ("graph.facebook.com/v17.0/me/messages", "api.telegram.org/bot…").
  'api', 'graph', 'developers', 'developer', 'sdk',
]);
// Services people send help or app links of, besides the messaging, meeting and payment hosts.
const SERVICE_DOMAINS = ['google.com', 'apple.com', 'microsoft.com', 'amazon.com', 'android.com', 'mozilla.org', 'meta.com', 'telegram.org', 'whatsapp.net'];
// App stores: a link to an app is the app (usually the topic), not the writer's contact.
const APP_STORES = new Set(['play.google.com', 'apps.apple.com', 'itunes.apple.com', 'apps.microsoft.com', 'appgallery.huawei.com']);
// "/us/", "/en-us/", "/pt_BR/": a locale segment before the page.
const LOCALE = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;
const MAX_SEGMENTS = 3;

const EXACT_HOSTS = new Set(KNOWN_HOSTS.map((known) => known.host));
const SERVICE_HOSTS = [...new Set([...KNOWN_HOSTS.map((known) => known.host), ...SERVICE_DOMAINS])];

function belongsTo(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** True for a help, support, legal or app-store page of a well-known service. */
export function isServiceHelpPage(host: string, path: string): boolean {
  const bare = host.toLowerCase().replace(/^www\./, '');
  if (APP_STORES.has(bare)) return true;
  if (!SERVICE_HOSTS.some((domain) => belongsTo(bare, domain))) return false;
  const labels = bare.split('.');
  // "api.whatsapp.com/send?phone=…" is a chat link: a subdomain listed as a known host is never a help site.
  if (labels.length > 2 && !EXACT_HOSTS.has(bare) && labels.slice(0, -2).some((label) => HELP_WORDS.has(label))) return true;
  const segments = path.replace(/[?#].*$/, '').split('/').filter((segment) => segment.length > 0).slice(0, MAX_SEGMENTS);
  for (const segment of segments) {
    const word = segment.toLowerCase();
    if (HELP_WORDS.has(word)) return true;
    if (!LOCALE.test(word)) return false;
  }
  return false;
}

import { KNOWN_HOSTS } from '../platforms/platformHosts.js';

// A big service's help, support, developer or app-store page is something to read, not a way to
// reach the writer: "zoom.us/support", "support.google.com/mail/answer/…", "api.telegram.org/bot…".
const HELP_WORDS = new Set(['help', 'hc', 'support', 'faq', 'smarthelp', 'answer', 'docs', 'legal', 'api', 'graph', 'developers']);
// Services people send help or app links of, besides the messaging, meeting and payment hosts.
const SERVICE_DOMAINS = ['google.com', 'apple.com', 'microsoft.com', 'telegram.org'];
// App stores: a link to an app is the app (usually the topic), not the writer's contact.
const APP_STORES = new Set(['play.google.com', 'apps.apple.com']);
// "/us/", "/en-us/", "/pt_BR/": a locale segment before the page.
const LOCALE = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;

const EXACT_HOSTS = new Set(KNOWN_HOSTS.map((known) => known.host));
const SERVICE_HOSTS = [...EXACT_HOSTS, ...SERVICE_DOMAINS];

/** True for a help, support, developer or app-store page of a well-known service. */
export function isServiceHelpPage(host: string, path: string): boolean {
  const bare = host.toLowerCase().replace(/^www\./, '');
  if (APP_STORES.has(bare)) return true;
  if (!SERVICE_HOSTS.some((domain) => bare === domain || bare.endsWith(`.${domain}`))) return false;
  // "api.whatsapp.com/send?phone=…" is a chat link: a subdomain listed as a known host is never a help site.
  if (!EXACT_HOSTS.has(bare) && bare.split('.').slice(0, -2).some((label) => HELP_WORDS.has(label))) return true;
  for (const segment of path.replace(/[?#].*$/, '').split('/').filter(Boolean).slice(0, 3)) {
    const word = segment.toLowerCase();
    if (HELP_WORDS.has(word)) return true;
    if (!LOCALE.test(word)) return false;
  }
  return false;
}

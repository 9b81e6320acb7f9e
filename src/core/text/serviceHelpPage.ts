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

// Documentation of any site, in a subdomain or a path segment: a framework's guide, a product's
// manual ("react.dev/reference/…", "docs.expo.dev", "bosch-home.es/servicio/manuales"). Narrower
// than HELP_WORDS: a freelancer's own "/faq" or "/support" page is still their site.
const DOC_LABELS = new Set(['docs', 'doc', 'devdocs', 'developer', 'developers', 'wiki', 'manual', 'manuals']);
const DOC_SEGMENT =
  /^(?:docs?|documenta(?:tion|cion|ción|cao|ção|zione)|dokumentation|reference|api-reference|guides?|guia|guida|tutorials?|handbook|manual(?:s|es|i|e)?|manuel|handbuch|anleitung(?:en)?|get(?:ting)?-started|changelog|release-notes|спра?вка|документация)$/i;
// Big retailers' product pages: a thing to buy, not the writer's shop ("amazon.de/dp/B0…").
const PRODUCT_PAGE = /^(?:amazon|ikea|aliexpress|ebay)\.[a-z.]{2,6}$/;
const PRODUCT_PATH = /^\/(?:[\w-]{1,80}\/)?(?:dp|gp|itm|item|p|products?)\//;

/** True for a help, support, developer or app-store page of a well-known service, or documentation of any site. */
export function isServiceHelpPage(host: string, path: string): boolean {
  const bare = host.toLowerCase().replace(/^www\./, '');
  if (APP_STORES.has(bare)) return true;
  if (isDocumentation(bare, path) || (PRODUCT_PAGE.test(bare) && PRODUCT_PATH.test(path))) return true;
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

function isDocumentation(host: string, path: string): boolean {
  const labels = host.split('.');
  if (labels.slice(0, -2).some((label) => DOC_LABELS.has(label))) return true;
  return path
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean)
    .slice(0, 3)
    .some((segment) => DOC_SEGMENT.test(segment));
}

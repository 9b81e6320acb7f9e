import { isDevelopment } from './isDevelopment.js';

const warned = new Set<unknown>();

/**
 * `url` if it is an http(s) or relative URL, else `undefined` (with a warning in development).
 * The scheme is read the way the browser will read the `href`: with the URL parser, which drops
 * leading and trailing control characters and spaces and every tab and newline, and ignores case,
 * so `' JaVa\tScRiPt:…'` and `'\0data:…'` are caught. React only blocks `javascript:` itself.
 */
export function safePolicyUrl(url: unknown): string | undefined {
  let protocol = '';
  try {
    protocol = new URL(url as string, 'https://relative.invalid/').protocol;
  } catch {
    // Not a URL at all (`'http://['`): nothing a link could open.
  }
  if (typeof url === 'string' && /^https?:$/.test(protocol)) return url;
  if (url !== undefined && url !== '' && isDevelopment() && !warned.has(url)) {
    warned.add(url);
    console.warn(`onplatform: policyUrl ${String(url).slice(0, 80)} dropped: use an http(s) or relative URL`);
  }
  return undefined;
}

import { isDevelopment } from './isDevelopment.js';

const warned = new Set<string>();

/**
 * `url` if it is an http(s) or relative URL, else `undefined` (with a warning in development).
 * The scheme is read the way the browser will read the `href`: with the URL parser, which drops
 * leading and trailing control characters and spaces and every tab and newline, and ignores case,
 * so `' JaVa\tScRiPt:…'` and `'\0data:…'` are caught. React only blocks `javascript:` itself.
 */
export function safePolicyUrl(url: unknown): string | undefined {
  if (url === undefined || url === '') return undefined;
  let protocol: string | undefined;
  try {
    protocol = typeof url === 'string' ? new URL(url, 'https://relative.invalid/').protocol : undefined;
  } catch {
    // Not a URL at all (`'http://['`): nothing a link could open.
  }
  if (protocol === 'https:' || protocol === 'http:') return url as string;
  const shown = JSON.stringify(typeof url === 'string' ? url.slice(0, 80) : url) ?? String(url);
  if (isDevelopment() && !warned.has(shown)) {
    warned.add(shown);
    console.warn(
      `onplatform: policyUrl ${shown} was dropped, so the "Read the policy" link is not shown. Pass an http(s) URL ` +
        `or a relative one such as "/help/policy" (to OnPlatformProvider, PolicyWarningBanner or MessageComposer).`,
    );
  }
  return undefined;
}

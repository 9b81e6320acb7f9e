import { codePointCut } from './codePointCut.js';

const MAX_LINK = 2048;
const TRAILING = /[.,;:!?'"»”’)\]}>*_~]$/;

/**
 * Where a link that reaches `from` ends: a port, a path, a query or a fragment, without the
 * punctuation that closes the sentence around it. Unbalanced closing brackets stay outside.
 */
export function findLinkEnd(text: string, from: number): number {
  let end = from;
  const first = text[end];
  if (first === ':' || first === '/' || first === '?' || first === '#') {
    while (end < text.length && end - from < MAX_LINK && !/[\s<>"`{}|\\^]/.test(text[end]!)) end += 1;
    // The cap must not leave half an emoji at the end of the link.
    end = codePointCut(text, end);
  }
  let link = text.slice(from, end);
  while (link.length > 0 && TRAILING.test(link)) {
    const last = link[link.length - 1]!;
    const open = { ')': '(', ']': '[', '}': '{' }[last];
    if (open && count(link, open) >= count(link, last)) break;
    link = link.slice(0, -1);
  }
  // A port must be digits: "google.com:" at the end of a sentence is not a port.
  if (/^:(?!\d)/.test(link)) return from;
  return from + link.length;
}

function count(text: string, char: string): number {
  let total = 0;
  for (const item of text) if (item === char) total += 1;
  return total;
}

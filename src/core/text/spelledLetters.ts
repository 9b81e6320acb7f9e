import { MAIL_PROVIDERS } from '../lexicon/mailProviders.js';

// Three one-character labels in a row: "g.m.a.i.l", "r.a.m.b.l.e.r.ru" (one or two are initials).
const SPELLED_RUN = /(?:^|\.)[\p{L}\d]\.[\p{L}\d]\.[\p{L}\d](?:\.|$)/u;
const LEADING_TOKEN = /^[\p{L}\d.-]{1,253}/u;
// "outlookcom": the TLD's letters spelled onto the provider's name.
const GLUED_TLD = /^([\p{L}\d-]{1,40})(com|net|org)$/u;

/**
 * Joins the letters of a name written one character per label: "g.m.a.i.l" reads "gmail",
 * "r.a.m.b.l.e.r.ru" reads "rambler.ru", "o.u.t.l.o.o.k.c.o.m" reads "outlook.com".
 * Names with fewer than three single letters in a row ("j.r.smith" has two) are left alone.
 */
export function joinSpelledLetters(name: string): string {
  if (!SPELLED_RUN.test(name)) return name;
  const labels: string[] = [];
  let run = '';
  for (const label of name.split('.')) {
    if ([...label].length === 1) {
      run += label;
      continue;
    }
    if (run) labels.push(run);
    run = '';
    labels.push(label);
  }
  if (run) labels.push(run);
  const glued = labels.length === 1 ? GLUED_TLD.exec(labels[0]!.toLowerCase()) : null;
  if (glued && Object.hasOwn(MAIL_PROVIDERS, glued[1]!)) return `${glued[1]}.${glued[2]}`;
  return labels.join('.');
}

/** The same for the first word of `text` (the domain after a spelled "at"), keeping the rest. */
export function collapseSpelledLetters(text: string): string {
  const token = LEADING_TOKEN.exec(text)?.[0];
  return token ? joinSpelledLetters(token) + text.slice(token.length) : text;
}

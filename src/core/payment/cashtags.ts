import { execAll } from '../intent/execAll.js';
/** A Cash App $cashtag found in a text. */
export interface CashtagSpan {
  from: number;
  to: number;
  /** "$ana_b" */
  tag: string;
}

// "$" then a letter: "$1,500", "$50/hr" and "$ 20" are prices and never match. Not glued to a
// word or another "$" ("US$50", "$$$").
const CASHTAG = /(?<![\p{L}\d$])\$([A-Za-z][A-Za-z0-9_]{0,19})(?![\p{L}\d$])/gu;

// Currency codes and amounts with a unit are prices: "$USD", "$CAD", "$AUD".
const CURRENCY_CODES = new Set(['usd', 'cad', 'aud', 'nzd', 'hkd', 'sgd', 'mxn', 'brl', 'eur', 'gbp', 'us', 'ca', 'au', 'ars', 'clp', 'cop', 'twd']);

// A cashtag is a payment handle only with Cash App nearby or a pay verb just before it;
// otherwise "$HOME", "$scope" and "$this" in code talk would be taken for one.
const CASH_APP_NEAR = /cash\s{0,2}app|cash\.app|cashtag/i;
const PAY_BEFORE = /(?<![\p{L}])(?:pay|paid|send|sent|tip|venmo|transfer)(?![\p{L}])[^\n.!?]{0,12}$/iu;
// Code: "$scope.x", "$el(", "$foo = 1", "${x}", "echo $HOME".
const CODE_AFTER = /^[.([=:]|^\s{0,2}=/;
const CODE_BEFORE = /(?:echo|export|let|const|var|set)\s{1,2}$|[{(=]\s{0,2}$/i;

/** Cashtags in `text` that read as payment handles, not prices or code. */
export function findCashtags(text: string): CashtagSpan[] {
  const spans: CashtagSpan[] = [];
  for (const found of execAll(CASHTAG, text)) {
    const tag = found[1]!;
    if (CURRENCY_CODES.has(tag.toLowerCase())) continue;
    const to = found.index + found[0].length;
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    const after = text.slice(to, to + 40);
    if (CODE_AFTER.test(after) || CODE_BEFORE.test(before)) continue;
    if (!CASH_APP_NEAR.test(before) && !CASH_APP_NEAR.test(after) && !PAY_BEFORE.test(before)) continue;
    spans.push({ from: found.index, to, tag: `$${tag}` });
  }
  return spans;
}

import { execAll } from '../intent/execAll.js';
/** A bank account number written after a label ("account no: 123456789", "rekening BCA 1234567890"). */
export interface BankAccountSpan {
  from: number;
  to: number;
  /** Digits (or the SWIFT/BIC code) without separators. */
  value: string;
}

// Labels people put before the account details they want paid into, in the supported languages,
// then at most two short words (a bank name: "BCA", "Itaú") and the number itself.
const LABELLED_ACCOUNT = new RegExp(
  [
    '(?<![\\p{L}])',
    '(?:bank\\s{1,2}account|account\\s{0,2}(?:number|no\\.?|num|#)|acct|a/c|routing|aba|sort\\s{1,2}code|bsb|clabe|cbu|cuenta|conta|ag[eê]ncia|compte|rib|konto|kontonummer|conto|rekening|no\\.?\\s{0,2}rek|norek)',
    '(?![\\p{L}])',
    '(?:\\s{0,2}(?:number|no\\.?|num|nr\\.?|#|n[uú]mero|num[eé]ro|nummer|nomor|bancaria|banc[aá]ria|corrente|bancaire|is|es|[eé]|:|-)){0,3}',
    '(?:\\s{1,2}[\\p{L}][\\p{L}.&]{0,11}){0,2}',
    '\\s{0,3}:?\\s{0,3}',
    '(\\d[\\d -]{4,24}\\d)',
    '(?![\\d\\p{L}])',
  ].join(''),
  'giu',
);

// "SWIFT: DEUTDEFF", "BIC COBADEFFXXX": a bank identifier only counts next to its label.
const SWIFT = /(?<![\p{L}])(?:swift|Swift|SWIFT|bic|Bic|BIC)(?:\s{0,2}(?:[Cc]ode|CODE|[Nn]umber|[Nn]o\.?|:|is)){0,2}\s{0,3}([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![\p{L}\d])/gu;

const PLATFORM_ID = /(?<![\p{L}])(?:id|user|username|usuario|usu[aá]rio|utilisateur|order|pedido|ticket|contract|profile)(?![\p{L}])/iu;

/** Labelled bank account numbers and SWIFT/BIC codes in `text`. */
export function findBankAccounts(text: string): BankAccountSpan[] {
  const spans: BankAccountSpan[] = [];
  for (const found of execAll(LABELLED_ACCOUNT, text)) {
    // "account ID 123456", "conta de usuário 998877": the platform's own identifiers.
    if (PLATFORM_ID.test(found[0])) continue;
    const digits = found[1]!.replace(/\D/g, '');
    // Fewer than 6 digits is a branch or a count, more than 20 no account format in use.
    if (digits.length < 6 || digits.length > 20) continue;
    spans.push({ from: found.index, to: found.index + found[0].length, value: digits });
  }
  for (const found of execAll(SWIFT, text)) {
    spans.push({ from: found.index, to: found.index + found[0].length, value: found[1]! });
  }
  return spans;
}

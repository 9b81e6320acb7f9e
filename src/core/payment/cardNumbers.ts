import { isCardNumber } from './luhn.js';
import { execAll } from '../intent/execAll.js';
import { readCueBefore } from '../phone/readCueBefore.js';

/** A card number found in a text. */
export interface CardNumberSpan {
  from: number;
  to: number;
  /** The digits only. */
  digits: string;
  /** True when it passes Luhn with a known network prefix; false when only its label says "card". */
  validated: boolean;
}

// A run of digit groups joined by single spaces or dashes: "4111 1111 1111 1111", "4111-1111-…",
// "378282246310005". Not glued to letters, other digits, a decimal point, "+" (phone) or "#"/"/"
// (order numbers, dates). Each group and the number of groups are bounded.
const DIGITS = /\d+/g;
const DIGIT_RUN = /(?<![\p{L}\d.,+#/])\d{1,19}(?:[ -]\d{1,19}){0,8}(?![\d\p{L}])/gu;

// A number its writer calls a card is reported even when its checksum fails: sharing card details
// is what we flag, and a typo doesn't make it acceptable.
const CARD_LABEL =
  /(?:(?<![\p{L}])(?:card|credit|debit|visa|master\s?card|amex|american\s{1,2}express|diners|discover|jcb|maestro|cc|tarjeta|cart[ãa]o|carte|karte|kreditkarte|carta|kartu|карт[аыуе]|карточк[аиу]|kart[aęyıi]?m?|th[ẻe]|بطاق[ةه]|कार्ड|কার্ড|کارڈ)(?![\p{L}])|カード|卡号|银行卡|信用卡)(?:\s{0,2}(?:number|no\.?|num|nr\.?|#|:|is|details?|2nd|3rd|n[uú]mero|num[eé]ro|nummer|nomor|numara\p{L}{0,3}|de\s{1,2}cr[eé]dito|bancaire)){0,3}\s{0,3}$/iu;

// Numbers the platform itself hands out, and device serials (a 15-digit IMEI passes Luhn): an unlabelled 16-digit order or tracking number that
// happens to pass Luhn (one in ten do) is not a card.
const ID_LABEL =
  /(?<![\p{L}])(?:order|tracking|track|ticket|invoice|ref|reference|id|awb|shipment|package|parcel|contract|case|transaction|txn|pedido|orden|rastreo|rastreio|commande|suivi|bestellung|sendung|ordine|spedizione|pesanan|resi|imei|imei1|imei2|serial|s\/n|sn|seriennummer|seriale|série|serie)(?![\p{L}])[^\n]{0,12}$/iu;

// An account named before the number: a payment detail, whatever the ID cue reading says ("на счёт 4276…").
const ACCOUNT_WORD = /account|acct|iban|konto|cuenta|conta|compte|conto|сч[её]т|hesap|rekening|खाता|অ্যাকাউন্ট|اکاؤنٹ|حساب|tài khoản|账号|口座/iu;

// How people group card digits: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or no grouping at all.
function isCardGrouping(groups: readonly number[]): boolean {
  if (groups.length === 1) return true;
  if (groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 5 || groups[2] === 4)) return true;
  const last = groups[groups.length - 1]!;
  return groups.slice(0, -1).every((size) => size === 4) && last >= 1 && last <= 4;
}

/** isCardGrouping for groups[first..last], without building the list of sizes. */
function isCardGroupingAt(groups: ReadonlyArray<{ digits: string }>, first: number, last: number): boolean {
  if (first === last) return true;
  const size = (index: number) => groups[index]!.digits.length;
  if (last - first === 2 && size(first) === 4 && size(first + 1) === 6 && (size(last) === 5 || size(last) === 4)) return true;
  for (let index = first; index < last; index += 1) if (size(index) !== 4) return false;
  return size(last) <= 4;
}

/**
 * Card numbers in `text`: 13–19 digits, compact or grouped the way cards are printed, passing the
 * Luhn check with a network prefix — or written right after a "card" label. A run of groups is
 * read group by group, so several cards in a row ("4012888888881881 4012-8888-8888-1881") and an
 * expiry typed after the number ("… 1111 12 25") are both handled.
 */
export function findCardNumbers(text: string): CardNumberSpan[] {
  const spans: CardNumberSpan[] = [];
  for (const found of execAll(DIGIT_RUN, text)) {
    // Most digit runs (prices, dates, "1 2 3") are far too short to hold a card: skip them cheaply.
    if (found[0].length < 13 || countDigits(found[0]) < 13) continue;
    const groups = [...execAll(DIGITS, found[0])].map((group) => ({ from: found.index + group.index, digits: group[0] }));
    let first = 0;
    while (first < groups.length) {
      const card = readCard(text, groups, first);
      if (card) {
        spans.push(card.span);
        first = card.next;
      } else {
        first += 1;
      }
    }
  }
  return spans;
}

/** The longest card that starts at group `first`, and the group after it. */
function readCard(
  text: string,
  groups: ReadonlyArray<{ from: number; digits: string }>,
  first: number,
): { span: CardNumberSpan; next: number } | undefined {
  const start = groups[first]!.from;
  let labels: { labelled: boolean; excluded: boolean } | undefined;
  // Read the words before the number only once a candidate is there (most runs have none).
  const readLabels = () => {
    const before = text.slice(Math.max(0, start - 40), start);
    const labelled = CARD_LABEL.test(before);
    // The tail of an IBAN whose checksum failed ("DE89 3704 …") is not a card, nor is a platform ID.
    // The ID cue reading knows every language's order, invoice and tracking words ("номер заказа", "sipariş no").
    const excluded =
      /[A-Za-z]{2}\d{2}[ -]$/.test(before) || (!labelled && (ID_LABEL.test(before) || (readCueBefore(text, start) === 'id' && !ACCOUNT_WORD.test(before))));
    return { labelled, excluded };
  };
  let digits = '';
  let best: { span: CardNumberSpan; next: number } | undefined;
  for (let last = first; last < groups.length; last += 1) {
    const group = groups[last]!;
    // One separator style per number: "4111 1111-1111 1111" is not how anyone types a card.
    if (last > first + 1 && text[group.from - 1] !== text[groups[first + 1]!.from - 1]) break;
    digits += group.digits;
    if (digits.length > 19) break;
    if (digits.length < 13 || !isCardGroupingAt(groups, first, last)) continue;
    const validated = isCardNumber(digits);
    const ends = last === groups.length - 1;
    if (!validated && !ends) continue;
    labels ??= readLabels();
    if (labels.excluded) return undefined;
    if (validated || labels.labelled) {
      best = { span: { from: start, to: group.from + group.digits.length, digits, validated }, next: last + 1 };
    }
  }
  return best;
}

function countDigits(run: string): number {
  let count = 0;
  for (let index = 0; index < run.length; index += 1) if (run.charCodeAt(index) !== 32 && run.charCodeAt(index) !== 45) count += 1;
  return count;
}

// Digits split by anything but letters and line breaks: "4 1 1 1 - 1 1 1 1…", "4111.1111.1111.1111",
// or digits the spelled-digits view wrote for "four one one one…". Separators and digits are
// disjoint, so the run is read in one pass.
const LOOSE_RUN = /(?<![\p{L}\d+#/])\d{1,6}(?:[^\p{L}\d\n]{1,3}\d{1,6}){1,18}(?![\p{L}\d])/gu;
const NOT_DIGIT = /\D/g;
const DIGIT_GROUPS = /\d+/g;

/**
 * Card numbers disguised by separators or spelled digits. Only checksummed numbers count here
 * (no label rescue), and only when the disguise is real: every digit is split from the next
 * ("4 1 1 1 …"), the separators aren't the usual space or dash, or `isRewritten` says the
 * digits were spelled out. A phone number grouped the usual way never gets this far.
 */
export function findDisguisedCardNumbers(text: string, isRewritten: (from: number, to: number) => boolean): CardNumberSpan[] {
  const spans: CardNumberSpan[] = [];
  for (const found of execAll(LOOSE_RUN, text)) {
    const digits = found[0].replace(NOT_DIGIT, '');
    if (digits.length < 13 || digits.length > 19) continue;
    const to = found.index + found[0].length;
    const groups = found[0].match(DIGIT_GROUPS)!;
    const separators = new Set(found[0].split(DIGIT_GROUPS).slice(1, -1).map((separator) => separator.trim() || ' '));
    // One separator throughout, and either between every digit or between the usual card groups.
    const split = separators.size === 1 && (groups.length === digits.length || (isCardGrouping(groups.map((group) => group.length)) && !separators.has(' ') && !separators.has('-')));
    if (!split && !isRewritten(found.index, to)) continue;
    if (!isCardNumber(digits)) continue;
    spans.push({ from: found.index, to, digits, validated: true });
  }
  return spans;
}

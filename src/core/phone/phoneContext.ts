/**
 * What the words around a digit run say about it. A run of digits is a phone number only when its
 * shape or its neighbours say so; prices, dates, IDs and years are the usual false alarms.
 */

/** Words that announce a phone number, in the supported languages (checked in the 40 characters before). */
const PHONE_WORDS =
  /(?:^|[^\p{L}])(?:call|calls|calling|phone|tel|tele|telephone|mobile|mob|cell|cellphone|number|no|num|nr|ring|dial|text|txt|sms|whatsapp|whats|wa|zap|contact|reach|fone|telefone|tel[eé]fono|telefono|n[uú]mero|numero|nummer|handy|nomor|hp|portable|cellulare|celular|m[oó]vil|ligue|llama|llámame|appelle|anrufen|chiama|hubungi)(?:[^\p{L}\d]{1,3}(?:me|us|at|on|is|to|no|num|number|al|au|an|ke|di|em|para|a)){0,3}[^\p{L}\d]{0,3}$/iu;

/** Words that announce a platform reference, a code or an amount rather than a phone number. */
const NOT_PHONE_WORDS =
  /(?:^|[^\p{L}])(?:order|orders|ticket|invoice|inv|ref|reference|contract|tracking|booking|case|id|isbn|serial|model|version|ver|zip|postcode|postal|pin|otp|code|account|acct|acc|iban|bic|swift|sort|meeting|room|passcode|pwd|password|lot|item|sku|batch|receipt|ssn|sin|cpf|nif|nie|dni|vat|tax|transaction|txn|pedido|commande|bestellung|ordine|pesanan)\s{0,2}(?:#|no\.?|nr\.?|number|num|id)?\s{0,2}[:#=]?\s{0,2}$/iu;

const CURRENCY_BEFORE = /(?:[$€£¥₹₩₽¢৳₱₺₫]|R\$|\b(?:usd|eur|gbp|brl|inr|idr|rp|rs|tk|php|pkr|bdt|try|us\$|ca\$|aud|cad|chf|mxn)\.?)\s{0,2}$/iu;
const AMOUNT_AFTER =
  /^\s{0,2}(?:[$€%‰円元₽₺₫₹৳万块]|(?:usd|eur|gbp|brl|inr|idr|dollars?|euros?|pounds?|bucks|reais|rupees?|k|m|mil|hrs?|hours?|mins?|minutes?|days?|years?|yrs?|kg|km|mb|gb|px|pts?|points?|words?|zł|zl|tl|rs|rb|jt|ribu|juta|lakh|crore|tk|sqft|sqm|m²|rupiah|rupees?|riyals?|dirhams?|pesos?|lira|yuan|won|baht|ringgit|taka|dong|vnd|php|pkr|bdt)(?![\p{L}\d])|(?:руб|тыс|triệu|nghìn|đồng|টাকা|রুপি|روپے|روپیہ|ريال|جنيه|درهم|रुपये|रु)|\/\s{0,2}(?:hr|hour|h|month|mo|year|yr|day|week|wk)\b)/iu;

const DATE_LIKE = /^\(?(?:(\d{1,2})[./-](\d{1,2})[./-](?:\d{4}|\d{2})|(\d{4})[./-](\d{1,2})[./-](\d{1,2}))(?![\d])/;

/** A real day, month and year ("0831.22.44" is not a date: there is no month 22). */
function isDate(runText: string): boolean {
  const found = DATE_LIKE.exec(runText);
  if (!found) return false;
  const [day, month] = found[1] ? [Number(found[1]), Number(found[2])] : [Number(found[5]), Number(found[4])];
  const year = found[3] ? Number(found[3]) : undefined;
  // Day and month may come either way round (US dates).
  const dayMonth = (day <= 31 && month <= 12) || (month <= 31 && day <= 12);
  return dayMonth && (year === undefined || (year >= 1900 && year <= 2100));
}
const YEAR_RANGE = /^(?:19|20)\d\d\s{0,2}[-–/]\s{0,2}(?:(?:19|20)\d\d|\d\d)(?!\d)/;
// "14.03 17:00", "14.03 17h30", "14.03 17.00-18.30" (a time with a dot is a real hour and minute, not one more group).
const TIME_AFTER_DATE = /^\s{0,2}(?:\d{1,2}[:h]\d\d|(?:[01]?\d|2[0-3])\.[0-5]\d(?![.\d]))/;

// "01234 56789 उल्टा पढ़ो", "1234-56789 11 ao contrário", "(читай с конца)": a number typed backwards
// says so right after it, in every covered language (a verb or two may come first).
const REVERSED_AFTER =
  /^[^\p{L}\d]{0,4}(?:[\p{L}\p{M}]{1,10}\s{1,2}){0,2}(?:backwards?|reversed?|in reverse|al rev[eé]s|ao contr[aá]rio|de tr[aá]s pra frente|[àa] l'envers|[àa] rebours|r[üu]ckw[äa]rts|umgekehrt|al contrario|al rovescio|наоборот|с конца|задом наперёд|od ty[łl]u|odwrotnie|tersten|tersine|بالعكس|بالمقلوب|معكوس|उल्टा|उलटा|ulta|ulte|উল্টো|উল্টা|الٹا|terbalik|dibalik|baliktarin|baligtad|ngược|倒过来|反过来|倒着|逆から|逆に|逆さ)/iu;

export function hasReversedWordAfter(text: string, to: number): boolean {
  return REVERSED_AFTER.test(text.slice(to, to + 40));
}

export function hasPhoneWordBefore(text: string, from: number): boolean {
  return PHONE_WORDS.test(text.slice(Math.max(0, from - 40), from));
}

// An environment or config key in capitals right before the value: "TWILIO_PHONE=+1500…",
// "SUPPORT_PHONE: '+44…'". A setting in code, not the writer's number.
const CONFIG_KEY = /(?<![\p{L}\d_])[A-Z][A-Z\d]*_[A-Z\d_]{1,40}\s{0,2}[=:]\s{0,2}["'`]?\s{0,2}\+?$/u;

export function isConfigValue(text: string, from: number): boolean {
  return CONFIG_KEY.test(text.slice(Math.max(0, from - 48), from));
}

export function hasNonPhoneWordBefore(text: string, from: number): boolean {
  return NOT_PHONE_WORDS.test(text.slice(Math.max(0, from - 30), from));
}

/** "#4471" is an order or ticket; "WA#0812…" and "Contact # 98201 44573" are not. */
export function hasHashBefore(text: string, from: number): boolean {
  return /#\s{0,2}$/.test(text.slice(Math.max(0, from - 3), from));
}

export function isAmount(text: string, from: number, to: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, from - 6), from)) || AMOUNT_AFTER.test(text.slice(to, to + 12));
}

/** "2019 and 2023", "1998, 2004": only years. */
const isYearList = (runText: string) => runText.split(/\D+/).every((group) => group === '' || /^(?:19|20)\d\d$/.test(group));

export function isDateOrYears(runText: string): boolean {
  return isYearList(runText) || isDate(runText) || YEAR_RANGE.test(runText) || /^\d{1,2}[./]\d{1,2}[./]?\s/.test(runText) && TIME_AFTER_DATE.test(runText.replace(/^\d{1,2}[./]\d{1,2}[./]?/, ''));
}

/** A number followed by ":" is a time ("20120102 08:00"). */
export function isFollowedByTime(text: string, to: number): boolean {
  return /^:\d/.test(text.slice(to, to + 2));
}

/** The whitespace-delimited word around a run is a hash, UUID or other hex id. */
export function isInsideHexId(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && start > from - 64 && /[0-9a-fA-F-]/.test(text[start - 1]!)) start -= 1;
  let end = to;
  while (end < text.length && end < to + 64 && /[0-9a-fA-F-]/.test(text[end]!)) end += 1;
  const word = text.slice(start, end);
  return word.length >= 16 && /[a-fA-F]/.test(word) && /\d/.test(word) && !/\s/.test(word);
}

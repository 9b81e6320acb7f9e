import { END, phraseSource } from '../intent/contactWords.js';

/**
 * Requests to pay outside the platform, per language, without a named brand ("pay me directly",
 * "let's avoid the platform fee", "págame por fuera"). Each phrase starts with literal words so
 * the phrase set only tries it where one of them occurs; refusals are filtered afterwards. A space
 * stands for one to three spaces and an apostrophe for ' or ’ (see phraseSource).
 */
const ENGLISH = [
  `pay(?:ing)? (?:me |us |you |it )?(?:directly|direct|outside|off-?platform|privately|personally|in cash|cash in hand|under the table|off (?:the )?(?:platform|site|app|books|upwork|fiverr))${END}(?: (?:(?:of|from) )?(?:the )?(?:platform|site|app|upwork|fiverr)${END})?`,
  `(?:payment|payments|paying|transaction|deal) (?:outside|off) (?:of )?(?:the )?(?:platform|site|app|upwork|fiverr)${END}`,
  `(?:avoid|skip|bypass|dodge|cut out|get around|save (?:on )?|no|without) (?:the |their |paying (?:the )?)?(?:platform|platform's|site|service|app|upwork|fiverr|freelancer|marketplace) (?:fees?|commission|cut|charges?)${END}`,
  `(?:avoid|skip|bypass|dodge|cut out) (?:the |their |all (?:the )?|these |those )?(?:fees?|commission|commissions|middleman|middle man)${END}`,
  `(?:discount|cheaper|lower|better|less) (?:price |rate )?if (?:you |we )?(?:pay|paid|work|deal) (?:me )?(?:directly|outside|off-?platform|privately)${END}`,
  `(?:bank transfer|wire(?: transfer)?|deposit|send|transfer|pay|put) (?:it |the (?:money|payment|funds|amount|balance|rest) |payment |me |money )?(?:directly )?(?:to|into|in) my (?:bank |personal |savings |checking )?(?:account|acct|bank)${END}`,
  `my (?:bank (?:details|info|information|account (?:details|info|number))|banking (?:details|info)|payment details|wire details|account details)${END}`,
  `gift ?cards? (?:codes?|pins?|as payment|instead)${END}`,
  `(?:amazon|itunes|apple|steam|google play|ebay|razer|sephora|walmart|vanilla) (?:gift ?)?cards? (?:codes?|pins?|numbers?)${END}`,
  `(?:buy|purchase|send|get) me (?:some |an? |\\d{1,4} )?(?:amazon |itunes |apple |steam |google play |ebay )?gift ?cards?${END}`,
];

const SPANISH = [
  `p[aá]game (?:por fuera|directo|directamente|aparte|en efectivo|por (?:transferencia|dep[oó]sito))${END}`,
  `(?:pagar|paga|pague|pagarme|pagues|p[aá]gueme) (?:por fuera|fuera de la plataforma|directamente|directo)${END}`,
  `(?:evitar|ahorrar|ahorrarnos|ahorrarte|ahorrarse) (?:la |las )?(?:comisi[oó]n|comisiones|tarifa|tarifas)${END}`,
  `(?:transfi[eé]reme|dep[oó]sitame|depos[ií]tame|transferencia|dep[oó]sito|transfiere|deposita) (?:a|en) mi cuenta${END}`,
  `mis datos bancarios${END}`,
];

const PORTUGUESE = [
  `(?:pagar|paga|pague|me paga|me pague) (?:por fora|fora da plataforma|direto|diretamente|no pix|via pix|por pix)${END}`,
  `(?:faz|fa[çc]a|manda|envia|mande|me manda|me faz) (?:um |o )?pix${END}`,
  `(?:evitar|economizar|fugir da|fugir das) (?:a |as )?(?:taxa|taxas|comiss[aã]o|comiss[oõ]es)${END}`,
  `(?:transfere|deposita|transferir|depositar|manda) (?:o dinheiro |o valor )?(?:na|para a|pra) minha conta${END}`,
  `(?:meus dados banc[aá]rios|(?:sua|minha) chave pix)${END}`,
];

const FRENCH = [
  `pay(?:ez|e)[-\\s]moi (?:directement|en dehors|en direct|en liquide|en esp[eè]ces|par virement)${END}`,
  `(?:payer|paiement|r[eé]gler) (?:directement|en dehors de la plateforme|hors plateforme)${END}`,
  `(?:eviter|éviter|economiser|économiser) (?:la |les )?(?:commission|commissions|frais)${END}`,
  `(?:virement|vire|virez)(?:[-\\s]moi)? (?:sur|[aà]) mon compte${END}`,
  `(?:mes coordonn[eé]es bancaires|mon rib)${END}`,
];

const GERMAN = [
  `(?:zahl|bezahl|zahle|bezahle|zahlen sie|bezahlen sie|zahlst|bezahlst) (?:mich |mir |es |das )?(?:direkt|au[sß]erhalb|ausserhalb|privat|bar|in bar|per [uü]berweisung)${END}`,
  `(?:geb[uü]hren|plattformgeb[uü]hren|provision) (?:zu )?(?:sparen|umgehen|vermeiden)${END}`,
  `(?:spar|umgeh|vermeid)(?:en|e|st)? (?:die )?(?:geb[uü]hren|provision|plattformgeb[uü]hr(?:en)?)${END}`,
  `(?:überweis|uberweis|ueberweis)(?:e|en|t)? (?:es |das (?:geld )?)?(?:mir )?(?:direkt )?(?:auf|an) mein konto${END}`,
  `meine (?:bankverbindung|bankdaten|kontodaten)${END}`,
];

const ITALIAN = [
  `pagami (?:fuori|direttamente|in contanti|con bonifico)${END}`,
  `(?:pagare|paga|paghi|pagamento) (?:fuori dalla piattaforma|direttamente|fuori piattaforma)${END}`,
  `(?:evitare|risparmiare) (?:la |le )?(?:commissione|commissioni|tariffa|tariffe)${END}`,
  `(?:bonifico|fammi un bonifico) (?:sul|al) mio conto${END}`,
  `i miei dati bancari${END}`,
];

const INDONESIAN = [
  `bayar (?:langsung|di luar|lewat luar|tanpa (?:platform|aplikasi))${END}`,
  `(?:transfer|tf|kirim) (?:langsung )?(?:ke nomor |ke )?(?:rekening|rek|norek) (?:saya|aku|gue|gw)${END}`,
  `(?:hindari|hemat) (?:biaya|potongan|komisi|fee)${END}`,
  `(?:pembayaran|transaksi) (?:di luar|diluar) (?:platform|aplikasi|app)${END}`,
];

/** Every built-in payment request phrase, as a regex source. */
export const PAYMENT_PHRASES: readonly string[] = [...ENGLISH, ...SPANISH, ...PORTUGUESE, ...FRENCH, ...GERMAN, ...ITALIAN, ...INDONESIAN].map(phraseSource);

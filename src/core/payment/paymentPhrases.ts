import { END, S } from '../intent/contactWords.js';

/**
 * Requests to pay outside the platform, per language, without a named brand ("pay me directly",
 * "let's avoid the platform fee", "págame por fuera"). Each phrase starts with literal words so
 * the phrase set only tries it where one of them occurs; refusals are filtered afterwards.
 */
const ENGLISH = [
  `pay(?:ing)?${S}(?:me${S}|us${S}|you${S}|it${S})?(?:directly|direct|outside|off-?platform|privately|personally|in${S}cash|cash${S}in${S}hand|under${S}the${S}table|off${S}(?:the${S})?(?:platform|site|app|books|upwork|fiverr))${END}(?:${S}(?:(?:of|from)${S})?(?:the${S})?(?:platform|site|app|upwork|fiverr)${END})?`,
  `(?:payment|payments|paying|transaction|deal)${S}(?:outside|off)${S}(?:of${S})?(?:the${S})?(?:platform|site|app|upwork|fiverr)${END}`,
  `(?:avoid|skip|bypass|dodge|cut${S}out|get${S}around|save${S}(?:on${S})?|no|without)${S}(?:the${S}|their${S}|paying${S}(?:the${S})?)?(?:platform|platform['’]s|site|service|app|upwork|fiverr|freelancer|marketplace)${S}(?:fees?|commission|cut|charges?)${END}`,
  `(?:avoid|skip|bypass|dodge|cut${S}out)${S}(?:the${S}|their${S}|all${S}(?:the${S})?|these${S}|those${S})?(?:fees?|commission|commissions|middleman|middle${S}man)${END}`,
  `(?:discount|cheaper|lower|better|less)${S}(?:price${S}|rate${S})?if${S}(?:you${S}|we${S})?(?:pay|paid|work|deal)${S}(?:me${S})?(?:directly|outside|off-?platform|privately)${END}`,
  `(?:bank${S}transfer|wire(?:${S}transfer)?|deposit|send|transfer|pay|put)${S}(?:it${S}|the${S}(?:money|payment|funds|amount|balance|rest)${S}|payment${S}|me${S}|money${S})?(?:directly${S})?(?:to|into|in)${S}my${S}(?:bank${S}|personal${S}|savings${S}|checking${S})?(?:account|acct|bank)${END}`,
  `my${S}(?:bank${S}(?:details|info|information|account${S}(?:details|info|number))|banking${S}(?:details|info)|payment${S}details|wire${S}details|account${S}details)${END}`,
  `gift${S}?cards?${S}(?:codes?|pins?|as${S}payment|instead)${END}`,
  `(?:amazon|itunes|apple|steam|google${S}play|ebay|razer|sephora|walmart|vanilla)${S}(?:gift${S}?)?cards?${S}(?:codes?|pins?|numbers?)${END}`,
  `(?:buy|purchase|send|get)${S}me${S}(?:some${S}|an?${S}|\\d{1,4}${S})?(?:amazon${S}|itunes${S}|apple${S}|steam${S}|google${S}play${S}|ebay${S})?gift${S}?cards?${END}`,
];

const SPANISH = [
  `p[aá]game${S}(?:por${S}fuera|directo|directamente|aparte|en${S}efectivo|por${S}(?:transferencia|dep[oó]sito))${END}`,
  `(?:pagar|paga|pague|pagarme|pagues|p[aá]gueme)${S}(?:por${S}fuera|fuera${S}de${S}la${S}plataforma|directamente|directo)${END}`,
  `(?:evitar|ahorrar|ahorrarnos|ahorrarte|ahorrarse)${S}(?:la${S}|las${S})?(?:comisi[oó]n|comisiones|tarifa|tarifas)${END}`,
  `(?:transfi[eé]reme|dep[oó]sitame|depos[ií]tame|transferencia|dep[oó]sito|transfiere|deposita)${S}(?:a|en)${S}mi${S}cuenta${END}`,
  `mis${S}datos${S}bancarios${END}`,
];

const PORTUGUESE = [
  `(?:pagar|paga|pague|me${S}paga|me${S}pague)${S}(?:por${S}fora|fora${S}da${S}plataforma|direto|diretamente|no${S}pix|via${S}pix|por${S}pix)${END}`,
  `(?:faz|fa[çc]a|manda|envia|mande|me${S}manda|me${S}faz)${S}(?:um${S}|o${S})?pix${END}`,
  `(?:evitar|economizar|fugir${S}da|fugir${S}das)${S}(?:a${S}|as${S})?(?:taxa|taxas|comiss[aã]o|comiss[oõ]es)${END}`,
  `(?:transfere|deposita|transferir|depositar|manda)${S}(?:o${S}dinheiro${S}|o${S}valor${S})?(?:na|para${S}a|pra)${S}minha${S}conta${END}`,
  `(?:meus${S}dados${S}banc[aá]rios|(?:sua|minha)${S}chave${S}pix)${END}`,
];

const FRENCH = [
  `pay(?:ez|e)[-\\s]moi${S}(?:directement|en${S}dehors|en${S}direct|en${S}liquide|en${S}esp[eè]ces|par${S}virement)${END}`,
  `(?:payer|paiement|r[eé]gler)${S}(?:directement|en${S}dehors${S}de${S}la${S}plateforme|hors${S}plateforme)${END}`,
  `(?:eviter|éviter|economiser|économiser)${S}(?:la${S}|les${S})?(?:commission|commissions|frais)${END}`,
  `(?:virement|vire|virez)(?:[-\\s]moi)?${S}(?:sur|[aà])${S}mon${S}compte${END}`,
  `(?:mes${S}coordonn[eé]es${S}bancaires|mon${S}rib)${END}`,
];

const GERMAN = [
  `(?:zahl|bezahl|zahle|bezahle|zahlen${S}sie|bezahlen${S}sie|zahlst|bezahlst)${S}(?:mich${S}|mir${S}|es${S}|das${S})?(?:direkt|au[sß]erhalb|ausserhalb|privat|bar|in${S}bar|per${S}[uü]berweisung)${END}`,
  `(?:geb[uü]hren|plattformgeb[uü]hren|provision)${S}(?:zu${S})?(?:sparen|umgehen|vermeiden)${END}`,
  `(?:spar|umgeh|vermeid)(?:en|e|st)?${S}(?:die${S})?(?:geb[uü]hren|provision|plattformgeb[uü]hr(?:en)?)${END}`,
  `(?:überweis|uberweis|ueberweis)(?:e|en|t)?${S}(?:es${S}|das${S}(?:geld${S})?)?(?:mir${S})?(?:direkt${S})?(?:auf|an)${S}mein${S}konto${END}`,
  `meine${S}(?:bankverbindung|bankdaten|kontodaten)${END}`,
];

const ITALIAN = [
  `pagami${S}(?:fuori|direttamente|in${S}contanti|con${S}bonifico)${END}`,
  `(?:pagare|paga|paghi|pagamento)${S}(?:fuori${S}dalla${S}piattaforma|direttamente|fuori${S}piattaforma)${END}`,
  `(?:evitare|risparmiare)${S}(?:la${S}|le${S})?(?:commissione|commissioni|tariffa|tariffe)${END}`,
  `(?:bonifico|fammi${S}un${S}bonifico)${S}(?:sul|al)${S}mio${S}conto${END}`,
  `i${S}miei${S}dati${S}bancari${END}`,
];

const INDONESIAN = [
  `bayar${S}(?:langsung|di${S}luar|lewat${S}luar|tanpa${S}(?:platform|aplikasi))${END}`,
  `(?:transfer|tf|kirim)${S}(?:langsung${S})?(?:ke${S}nomor${S}|ke${S})?(?:rekening|rek|norek)${S}(?:saya|aku|gue|gw)${END}`,
  `(?:hindari|hemat)${S}(?:biaya|potongan|komisi|fee)${END}`,
  `(?:pembayaran|transaksi)${S}(?:di${S}luar|diluar)${S}(?:platform|aplikasi|app)${END}`,
];

/** Every built-in payment request phrase. */
export const PAYMENT_PHRASES: readonly string[] = [
  ...ENGLISH,
  ...SPANISH,
  ...PORTUGUESE,
  ...FRENCH,
  ...GERMAN,
  ...ITALIAN,
  ...INDONESIAN,
];

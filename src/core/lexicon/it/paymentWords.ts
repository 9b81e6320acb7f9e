import type { PaymentWordTable } from '../paymentWordTable.js';

export const IT_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'pagare|paga|paghi|pago|pagato|pagherò|pagami|pagarmi|pagarti|pagamento~|bonific~|versament~|ricaric~|soldi|denaro|mancia|acconto|anticipo|caparra|affitto|saldare|manda il saldo|mandami i soldi',
  accept: 'accetto|accetti|accettate|accettiamo|per me ok|va bene anche|preferisco',
  outside: 'fuori dal sito|fuori dalla piattaforma|fuori dall\'app|fuori piattaforma|fuori|direttamente|in privato|tra di noi|senza passare dal sito|senza la piattaforma|senza l\'app|niente pagamento sul sito|tra noi|fra noi|tra me e te|a parte',
  fee: 'commission~|tariffa~|percentuale|la parte del sito|costi di servizio|spese di servizio',
  avoid: 'evitare|evitiamo|risparmi~|senza|ci tolgono|non ci tolgono niente|non ci tolgono|non ti tolgono|non si prendono|costa meno|sconto|regalare|perché dare|che senso ha',
  cash: 'contanti|in contanti|in mano|a mano|brevi manu|cash|alla consegna',
  rest: 'il resto|il saldo|la rimanenza|ultima tranche|l\'ultima tranche|tranche|rata~|milestone~|prossime consegne|prossimo pagamento|ultimo pagamento',
  details: 'sul mio conto|sul conto|dati bancari|coordinate bancarie|numero di conto|numero della carta|numero carta|numero della tua postepay|scadenza della carta|cvv|codice di sicurezza|il tuo iban|tuo iban',
  gift: 'buono regalo~|buoni regalo~|carta regalo~|gift card~|buono amazon~|buoni amazon~|carta google play~|ricarica postepay',
  voucher: 'buono~|buoni~|codice|ricarica',
  friends: 'amici e familiari|come amici|come "amici"|come amico|come regalo|tra amici',
  negation: 'non|mai|niente|neanche|nemmeno|per favore no|non serve|non c\'è bisogno',
  own: 'i miei clienti|mio negozio|nostri clienti|la mia attività|il mio shop|clienti|acquirenti|utenti|i miei ospiti|i nostri ospiti|i miei studenti|i miei inquilini|i miei pazienti',
  warning: 'truffa~|attenzione|occhio|segnal~|phishing|falso|spariti|truff~',
  topic: 'integrazione|cartello|insegna|menù|loghi|abbonamenti|un\'app che|app che',
  ask: 'per favore|pls|piuttosto|tramite|via|scansiona|usa|hai',
  account: 'conto|carta',
  holder: 'intestat~|a nome di chi|a che nome|titolare',
  venue: 'sito|app|piattaforma',
  where: 'dove|a chi',
};

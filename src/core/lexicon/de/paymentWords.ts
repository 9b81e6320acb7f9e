import type { PaymentWordTable } from '../paymentWordTable.js';

export const DE_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'zahl~|bezahl~|überweis~|ueberweis~|uberweis~|abrechn~|geld|kohle|trinkgeld|anzahlung|kaution|miete|vorab|schick mir das geld|überweisung~',
  accept: 'akzeptier~|nehme auch|nehm ich|ich nehme|geht auch|gern in|gerne in|passt mir',
  outside: 'außerhalb|ausserhalb|ausserhalb der plattform|außerhalb der plattform|direkt|privat|unter der hand|ohne die plattform|ohne plattform|ohne app|ohne die app|an der plattform vorbei|an der app vorbei|nicht über die plattform|nicht über die app|unter uns|unter uns regeln|privat regeln|nebenbei',
  fee: 'gebühr~|gebuehr~|provision~|servicegebühr~|plattformgebühr~|vermittlungsgebühr~|anteil der plattform',
  avoid: 'spar~|umgeh~|vermeid~|ohne|fallen weg|fällt weg|günstiger|guenstiger|rabatt|nachlass|billiger|wozu|warum sollen|warum der',
  cash: 'bar|bargeld|in bar|bar auf die hand|auf die hand|barzahlung|cash|bei abholung bar',
  rest: 'rest~|den rest|restbetrag~|meilenstein~|rate~|teilzahlung~|nächste zahlung|letzte zahlung|nächsten stunden|weiteren stunden|abschlag~',
  details: 'auf mein konto|aufs konto|auf mein bankkonto|bankkonto|bankverbindung|bankdaten|kontodaten|kontonummer|deine iban|ihre iban|meine iban|kartennummer|kreditkartennummer|ablaufdatum|gültig bis|prüfnummer|cvc|cvv|deine nummer dafür|dein paypal',
  gift: 'gutschein~|geschenkkarte~|geschenkgutschein~|google-play-karte~|google-play-guthaben|amazon-gutschein~|paysafecard~|itunes-karte~|steam-karte~|guthabenkarte~',
  voucher: 'guthaben~|aufladung~|code',
  friends: 'freunde und familie|freunde & familie|für freunde|als freund|freunde bitte|an freunde|als geschenk|privat senden',
  negation: 'nicht|kein~|nie|niemals|bitte nichts|auf keinen fall|lieber nicht|musst mir kein|brauchst mir kein',
  own: 'meine kunden|meinem onlineshop|meinem shop|meinem laden|mein laden|mein shop|unsere kunden|in meinem geschäft|kunden|käufer|nutzer|meine gäste|unsere gäste|meine schüler|meine mieter|meine patienten',
  warning: 'betrug~|betrüger~|abzocke|achtung|vorsicht|warnung|melden|gemeldet|phishing|fake|gefälscht',
  topic: 'anbindung|schnittstelle|plakat~|schild|speisekarte|logos|abos|eine app, die|app, die',
  ask: 'bitte|einfach|lieber|per|via|scann~|nimm|hast du|haben sie',
  account: 'konto',
  holder: 'auf wen läuft|auf wen lautet|kontoinhaber~|auf welchen namen',
  venue: 'seite|plattform|app|portal',
  where: 'wohin|an wen',
};

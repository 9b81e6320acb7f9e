import type { PaymentWordTable } from '../paymentWordTable.js';

export const PL_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'płac~|płać~|zapłać~|zapłac~|zaplac~|placi~|płatnoś~|przelew~|przelej~|wpłat~|pieniądz~|kas~|hajs~|zaliczk~|kaucj~|napiwek|czynsz~|wyślij kasę|rozlicz~',
  accept: 'przyjm~|akceptuj~|wolę|mogę też',
  outside: 'poza serwisem|poza portalem|poza platformą|poza olx|poza allegro|poza aplikacją|bezpośrednio|prywatnie|na boku|bez serwisu|bez platformy|bez aplikacji|nie przez olx|nie przez serwis|między sobą|między nami',
  fee: 'prowizj~|opłat~|opłaty serwisowe|procent dla serwisu',
  avoid: 'omij~|unik~|zaoszczędz~|bez|żadnych|taniej|rabat~|zniżk~|nie ma sensu|po co',
  cash: 'gotówk~|gotowk~|gotówce|gotowce|do ręki|do reki|kasa do ręki|za pobraniem|przy odbiorze|na rękę',
  rest: 'reszt~|pozostał~|ostatnią ratę|ostatnia rata|ratę|raty|rata|etap~|kolejne etapy|kolejny etap|dopłat~',
  details: 'na moje konto|na konto|numer konta|nr konta|dane do przelewu|numer karty|nr karty|datę ważności|data ważności|kod cvv|cvv|kod blik|twój blik|twoje konto',
  gift: 'karta podarunkowa|kartę podarunkową|karty podarunkowe|kartą podarunkową|kartami podarunkowymi|bon podarunkowy|bony podarunkowe|bonem podarunkowym|voucher~|gift card~|kod podarunkowy|kody podarunkowe',
  voucher: 'bon|bony|bonem|kod|kody|kodem|doładowani~',
  friends: 'jako znajomy|jako znajomemu|jako przyjaciel|znajomi i rodzina|przyjaciele i rodzina|jako prezent',
  negation: 'nie|nigdy|żadnych przelewów|nie trzeba|nie musisz',
  own: 'moi klienci|moich klientów|mój sklep|moim sklepie|nasi klienci|mojej firmie|klienci|klientów|kupujący|użytkownicy|moi goście|nasi goście|moi uczniowie|moi najemcy',
  warning: 'oszust~|oszukańcz~|uważaj~|ostrzegam|ostrzeżenie|zgłoś~|zgłosiłem|phishing|fałszyw~',
  topic: 'integracj~|plakat~|szyld~|logo|menu|subskrypcj~|backendowc~|aplikację, która',
  ask: 'proszę|prosze|najlepiej|przez|na|zeskanuj|masz',
  account: 'konto|konta|karta|karty|portfel',
  holder: 'na kogo|właściciel konta|na jakie nazwisko|dane odbiorcy',
  venue: 'serwis~|portal~|platform~|aplikacj~|strona|stronie',
  where: 'gdzie|dokąd',
};

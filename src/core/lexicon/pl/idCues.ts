import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'dzwoń|dzwon|zadzwoń|zadzwon|telefon|tel|kom|komórka|komorka|numer|nr|whatsapp|kierunkowy',
  ids: 'zamówienie|zamowienie|zamówienia|faktura|fv|faktury|przesyłka|przesylka|paczka|paczki|śledzenia|sledzenia|seryjny|model|kod|konto|paragon|rezerwacja|rezerwacji|część|czesc|partia|imei|rejestracja|lot|pokój|pokoju|klienta|klient|bilet|miejsce|umowa|zlecenie|rachunek|proforma|rachunku|kwit|paragonu|nip|regon|pesel|krs|inpost|dpd|poczta polska',
  numbered: 'odbiorcy',
  address: 'ulica|ul|mieszkanie|lok|piętro|kod pocztowy',
};

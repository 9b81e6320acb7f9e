import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'ruf|anrufen|telefon|tel|handy|handynummer|mobil|nummer|nr|whatsapp|vorwahl',
  ids: 'bestellung|bestellnummer|rechnung|rechnungsnummer|sendung|sendungsnummer|tracking|auftrag|auftragsnummer|referenz|seriennummer|modell|art|artikel|artikelnummer|kundennummer|konto|beleg|quittung|buchung|vorgang|teil|teilenummer|imei|kennzeichen|flug|zimmer|kunde|sitz|vertrag|angebot|lieferschein|gutschrift|kassenbon|mahnung|steuernummer|steuer|ustid|ust|kundennr|hermes|dhl|dpd|gls',
  address: 'straße|strasse|str|hausnummer|plz|etage|stock|wohnung',
};

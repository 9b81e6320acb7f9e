import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'contatto|contatti|chiama|chiamami|telefono|tel|cellulare|cell|numero|whatsapp|prefisso',
  ids: 'ordine|fattura|spedizione|tracciamento|riferimento|rif|seriale|modello|codice|conto|ricevuta|prenotazione|pratica|articolo|lotto|imei|targa|pod|pdr|volo|camera|stanza|cliente|biglietto|posto|scontrino|ddt|bolla|preventivo|fatt|proforma|iva|piva|fiscale|brt|sda|gls|bartolini|segnacollo|dhl',
  address: 'via|viale|piazza|civico|interno|piano|cap|scala',
};

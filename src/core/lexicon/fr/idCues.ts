import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'appelle|appelez|téléphone|telephone|tél|tel|portable|numéro|numero|num|whatsapp|indicatif',
  ids: 'commande|facture|suivi|colis|référence|reference|réf|ref|série|serie|modèle|modele|code|compte|reçu|recu|dossier|réservation|reservation|pièce|piece|lot|imei|immatriculation|vol|chambre|client|billet|siège|plaque|devis|quittance|bordereau|siret|siren|tva|colissimo|chronopost|mondial relay|dpd|gls',
  address: 'rue|avenue|av|bd|boulevard|étage|appartement|apt|bâtiment|cp',
};

import type { PaymentWordTable } from '../paymentWordTable.js';

export const FR_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'payer|paye|payes|payez|payé|payée|paierai|paieras|paiera|paie|paies|paiement~|réglez|réglerez|régler|reglez|virement~|vire~|versement~|verse~|argent|fric|sous|pourboire|acompte|caution|loyer|envoie l\'argent|envoyer l\'argent|on règle|je règle|tu règles|vous réglez|réglé|règlement~|reglement~',
  accept: 'j\'accepte|accepte~|je prends|je préfère|ça me va',
  outside: 'hors plateforme|hors de la plateforme|en dehors de la plateforme|en dehors du site|en dehors|hors site|hors appli|directement|en direct|en privé|entre nous|sans passer par|sans la plateforme|sans l\'appli|sans l\'application|on zappe l\'appli|on zappe la plateforme|on oublie l\'appli|à côté',
  fee: 'commission~|frais|frais de service|la part du site|la part de l\'appli|pourcentage',
  avoid: 'éviter|eviter|économis~|economis~|pas de|sans|moins cher|réduction|remise|ni pour toi ni pour moi|pourquoi donner|à quoi bon|ça sert à rien',
  cash: 'liquide|en liquide|en espèces|en especes|espèces|cash|en cash|de la main à la main|en main propre',
  rest: 'le reste|le solde|reste à payer|jalon~|étape~|tranche~|prochains cours|prochaine échéance|dernier paiement|la suite',
  details: 'sur mon compte|sur mon compte bancaire|coordonnées bancaires|coordonnees bancaires|rib|numéro de compte|numero de compte|numéro de carte|numero de carte|date d\'expiration|cryptogramme|code de sécurité|ton iban|votre iban|ton identifiant paypal|ton numéro lydia|ton lydia|adresse paypal|ton paypal|ton wero|ton paylib',
  gift: 'carte cadeau~|cartes cadeaux~|bon d\'achat~|gift card~|carte google play~|carte amazon~|carte steam~|coupon pcs|pcs mastercard|transcash|neosurf',
  voucher: 'coupon~|recharge~|ticket~|code',
  friends: 'entre proches|en mode ami|en ami|entre amis|amis et famille|comme un cadeau|envoi à un proche|à un proche',
  negation: 'ne|n\'~|jamais|surtout pas|pas besoin|pas d\'argent|pas par|pas la peine|inutile de|pas nécessaire',
  own: 'mes clients|ma boutique|mon magasin|mon commerce|nos clients|ma société|mon entreprise|clients|acheteurs|utilisateurs|mes locataires|mes élèves|mes patients|nos hôtes|mes voyageurs',
  warning: 'arnaque~|escroquer~|escroc~|fraude~|méfiez|méfie|attention|signal~|phishing|faux',
  topic: 'intégration|integration|affiche~|panneau|menu|logos|abonnements|une appli qui|appli qui',
  ask: 'stp|svp|plutôt|plutot|via|scanne~|utilise~|tu as|vous avez|t\'as',
  account: 'compte|carte',
  holder: 'à quel nom|a quel nom|au nom de qui|titulaire',
  venue: 'site|appli|application|plateforme',
  where: 'où',
};

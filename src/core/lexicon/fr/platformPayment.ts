export const FR_PLATFORM_PAYMENT =
  'par la plateforme|via la plateforme|sur la plateforme|passe par la plateforme|passer par la plateforme|par le site|via le site|par l\'appli|via l\'appli|j\'ai libéré|libérer le paiement|paiement sécurisé|séquestre|option espèces|option especes|option paiement en espèces|formulaire de remboursement|formulaire de retour';

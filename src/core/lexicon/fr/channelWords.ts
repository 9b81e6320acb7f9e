/** French channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['téléphone', 'telephone', 'tel', 'tél', 'portable', 'adresse mail', 'adresse e-mail', 'courriel', 'coordonn*', '06'],
  weakDetail: ['numéro', 'numéro perso', 'pseudo', 'compte', 'profil'],
  yours: ['ton', 'ta', 'votre', 'tes', 'vos'],
  elsewhere: ['en dehors du site', 'en dehors de la plateforme', "en dehors de l'appli", 'hors plateforme', 'hors du site', 'ailleurs', 'autre appli', 'autre application', 'en privé', 'en prive', 'directement', 'de vive voix', 'par sms', 'autre moyen', 'un autre moyen', 'autre façon', "hors de l'appli", "hors de l'application", 'hors appli', "en dehors d'ici", 'autre canal'],
  label: ['pseudo', 'compte', 'profil', 'nom', 'identifiant', 'est', 'suis', 'comme', "c'est"],
  here: ['ici', 'sur la plateforme', 'sur le site', 'dans le chat'],
  rule: ['règle*', 'regles', 'interdit', 'autorisé', 'politique', 'conditions'],
  warning: ['arnaque*', 'escroquerie', 'méfiez', 'mefiez', 'attention', 'signalez'],
  ours: ['notre', 'nos'],
  me: ['moi', 'me'],
  self: ['je', 'pour moi', 'suis'],
  there: ['là-bas', 'là'],
  rest: ['le reste', 'la suite'],
  work: ['vidéo*', 'publication*', 'contenu*', 'pub', 'pubs', 'page', 'boutique'],
  seen: ['vu', 'trouvé', 'découvert', 'tombé', 'tombée', 'repéré', 'repérée'],
};

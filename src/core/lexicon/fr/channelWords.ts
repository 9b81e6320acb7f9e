/** French channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['téléphone', 'telephone', 'tel', 'tél', 'portable', 'adresse mail', 'adresse e-mail', 'courriel', 'coordonn*', '06'],
  weakDetail: ['numéro', 'numéro perso', 'pseudo', 'compte', 'profil'],
  yours: ['ton', 'ta', 'votre', 'tes', 'vos'],
  elsewhere: ['en dehors du site', 'dehors de la plateforme', "en dehors de l'appli", 'hors plateforme', 'hors du site', 'ailleurs', 'autre appli', 'autre application', 'en privé', 'en prive', 'directement', 'de vive voix', 'par sms', 'autre moyen', 'un autre moyen', 'autre façon', "hors de l'appli", "hors de l'application", 'hors appli', "en dehors d'ici", 'autre canal'],
  label: ['pseudo', 'compte', 'profil', 'nom', 'identifiant', 'est', 'suis', 'comme', "c'est"],
  here: ['ici', 'sur la plateforme', 'sur le site', 'dans le chat'],
  rule: ['règle*', 'regles', 'interdit', 'autorisé', 'politique', 'conditions'],
  warning: ['arnaque*', 'escroquerie', 'méfiez', 'mefiez', 'attention', 'signalez'],
  ours: ['notre', 'nos'],
  me: ['moi', 'me'],
  self: ['je', 'pour moi', 'suis'],
  there: ['là-bas', 'là'],
  rest: ['le reste', 'la suite'],
  work: ['vidéo*', 'publication*', 'contenu*', 'pub', 'pubs', 'page', 'boutique', 'chaîne', 'abonnés'],
  appWord: ['app', 'appli', 'application', 'applis'],
  otherApp: ['autre', "l'autre", 'verte', 'vert', 'bleue', 'bleu', 'violette'],
  seen: ['vu', 'trouvé', 'découvert', 'tombé', 'tombée', 'repéré', 'repérée'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['si besoin', 'au besoin', "n'importe quand", 'quoi que ce soit', 'en cas de besoin', 'si jamais'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['arrives', 'arrivé', 'arrivée', 'en bas', 'devant', 'sur place', 'en route', 'au portail', 'portail', 'tu es là', 'tu arrives', 'à la porte', 'devant la porte', 'en bas de chez'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['mon', 'ma'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['dans ma bio', 'sur mon profil', 'dans mon profil'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['mais'],
};

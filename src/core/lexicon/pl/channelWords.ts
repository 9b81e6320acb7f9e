/** Polish channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefon', 'numer telefonu', 'numer kontaktowy', 'kontakt', 'komórka', 'komórkę', 'mail', 'maila', 'email', 'e-mail', 'adres mailowy'],
  weakDetail: ['numer', 'numerek', 'konto', 'profil'],
  yours: ['twój', 'twoj', 'twoją', 'pana', 'pani', 'swój'],
  elsewhere: ['poza platformą', 'poza portalem', 'poza serwisem', 'poza aplikacją', 'gdzie indziej', 'inna aplikacja', 'na priv', 'prywatnie', 'bezpośrednio', 'bezposrednio'],
  label: ['nick', 'konto', 'profil', 'strona', 'nazwa', 'jako', 'id', 'jestem', 'to'],
  here: ['tutaj', 'na czacie', 'na platformie'],
  rule: ['regulamin', 'zabrania', 'zakaz', 'zasady', 'nie wolno', 'dozwolone'],
  warning: ['oszuści', 'oszust', 'oszustwo', 'uważajcie', 'uwaga', 'scam', 'przekręt'],
};

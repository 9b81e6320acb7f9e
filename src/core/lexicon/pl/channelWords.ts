/** Polish channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefon', 'numer telefonu', 'numer kontaktowy', 'komórk*', 'maila', 'adres mailowy', 'mailowo', 'mailem', 'e-mailem', 'mejlem'],
  weakDetail: ['numer*'],
  yours: ['twój', 'twoj', 'twoją', 'pana', 'pani', 'swój', 'masz', 'macie', 'swojego', 'swoją', 'swoje'],
  elsewhere: ['poza platformą', 'poza portalem', 'poza serwisem', 'poza aplikacją', 'gdzie indziej', 'inna aplikacja', 'na priv', 'prywatnie', 'bezpo*', 'inny sposób', 'innego sposobu', 'poza stroną', 'inny kanał', 'innym kanałem', 'poza tą apką', 'poza apką', 'gdzieś indziej'],
  label: ['strona', 'nazwa', 'jako', 'jestem', 'to'],
  here: ['tutaj', 'na czacie', 'na platformie'],
  rule: ['regulamin', 'zabrania', 'zakaz', 'zasady', 'nie wolno', 'dozwolone'],
  warning: ['oszuści', 'oszust*', 'uważajcie', 'uwaga', 'przekręt'],
  ours: ['nasz', 'nasza', 'naszą', 'nasze', 'naszego', 'naszej', 'naszym'],
  me: ['mnie', 'do mnie'],
  self: ['ja', 'jestem', 'dla mnie', 'siedzę'],
  there: ['tam'],
  rest: ['resztę', 'reszta'],
  work: ['rolki', 'rolka', 'rolek', 'wideo', 'treści', 'reklam*', 'relacj*', 'szablon*', 'strona', 'stronę', 'sklep*', 'kanał', 'kanale', 'obserwujących'],
  appWord: ['apka', 'apkę', 'apce', 'apki', 'aplikacj*', 'komunikator*'],
  otherApp: ['inna', 'inną', 'innej', 'inny', 'innym', 'drugą', 'zielon*', 'niebiesk*', 'fioletow*'],
  seen: ['widziałem', 'widziałam', 'zobaczyłem', 'zobaczyłam', 'znalazłem', 'znalazłam', 'trafiłem', 'trafiłam'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['jak coś', 'w razie czego', 'jakby co', 'w każdej chwili', 'gdyby coś'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['pod klatką', 'na miejscu', 'dojedziesz', 'na dole', 'przed domem', 'pod blokiem', 'będziesz pod', 'pod bramą', 'przy bramie', 'pod drzwiami'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['mój', 'moją', 'mojego', 'moj', 'mój numer'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['w profilu', 'w bio'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['ale'],
};

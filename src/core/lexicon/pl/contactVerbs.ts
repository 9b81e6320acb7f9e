/** Polish contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['odpisz', 'odpisuj', 'odpowiedz', 'pisz', 'pisać', 'pisac', 'napisz*', 'przenie*', 'przejd*', 'gadać', 'gadamy', 'pogadajmy', 'porozmawiajmy', 'rozmawiać', 'rozmowa', 'dodaj', 'odezwij', 'kontakt', 'skontaktuj', 'kontynuujmy', 'skontaktować', 'kontaktować', 'napisać', 'pogadać', 'piszmy', 'kontynuować', 'omówimy', 'omówić', 'gadajmy', 'ustal*', 'przeniesiemy', 'przenieśmy', 'odpisuję', 'odpowiadam', 'idziemy', 'idźmy', 'przejdźmy', 'przejdziemy', 'pogadamy', 'dogadać*', 'dogadamy', 'kontynu*', 'piszemy', 'piszę', 'odezwę', 'odezwę się', 'odezw*', 'w kontakcie'],
  ask: ['poproszę', 'podaj', 'podasz', 'daj', 'dasz', 'wyślij', 'prześlij', 'zostaw', 'podeślij', 'jaki', 'podeśl*', 'podeślesz', 'wyślesz', 'prześlesz'],
  call: ['zadzwo*', 'dzwonić', 'oddzwonić', 'dzwoń', 'dzwon', 'dzwońcie', 'przekręć'],
  search: ['wpisz', 'szukaj', 'wyszukaj', 'znajd*', 'poszukaj'],
  have: ['masz', 'ma', 'macie', 'używasz', 'jesteś na', 'możemy', 'mogę', 'można'],
  question: ['czy'],
  why: ['dlaczego', 'czemu'],
  negation: ['nigdy'],
  how: ['jak', 'gdzie', 'w jaki sposób'],
  suggest: ['może', 'moglibyśmy', 'możemy', 'przeciwko', 'wolałbym', 'chodźmy'],
  easier: ['prościej', 'łatwiej', 'wygodniej', 'szybciej', 'lepiej'],
  habit: ['bardziej aktywna', 'bardziej aktywny', 'aktywna', 'aktywny', 'częściej', 'siedzę', 'zwykle'],
  meet: [] as string[],
};

/** Polish contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['pisz', 'pisać', 'pisac', 'napisz', 'napiszcie', 'przenieśmy', 'przeniesmy', 'przejdźmy', 'przejdzmy', 'gadać', 'gadamy', 'pogadajmy', 'porozmawiajmy', 'rozmawiać', 'rozmowa', 'dodaj', 'odezwij', 'kontakt', 'skontaktuj', 'kontynuujmy'],
  ask: ['poproszę', 'podaj', 'podasz', 'daj', 'dasz', 'wyślij', 'prześlij', 'zostaw', 'podeślij', 'jaki'],
  call: ['zadzwonić', 'zadzwonic', 'zadzwoń', 'zadzwon', 'dzwonić', 'zadzwonię', 'oddzwonić'],
  search: ['wpisz', 'szukaj', 'wyszukaj', 'znajdź', 'znajdz', 'poszukaj'],
  have: ['masz', 'ma', 'macie', 'używasz', 'jesteś na', 'możemy', 'mogę', 'można'],
  question: ['czy'],
  why: ['dlaczego', 'czemu'],
  negation: ['nie', 'nigdy'],
};

/** Spanish contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['hablemos', 'habla*', 'háblame', 'segui*', 'sigamos', 'continu*', 'pasemos', 'pasamos', 'escríbeme', 'escrib*', 'agrégame', 'agregame', 'añádeme', 'añademe', 'contáctame', 'contactame', 'coordina*', 'convers*', 'charla*', 'mensaje*', 'sígueme', 'sigueme', 'mándame un mensaje'],
  ask: ['dame', 'pásame', 'pasame', 'mándame', 'mandame', 'envíame', 'enviame', 'compárteme', 'comparte*', 'dejas', 'pasas', 'regalas', 'deja', 'déjame', 'dejame', 'podrías dar', 'me das', 'dime', 'dígame', 'decime', 'cuál', 'cual', 'qué'],
  call: ['llámame', 'llama*', 'llamo', 'marco', 'marco', 'márcame', 'marcame', 'marcarte', 'márcame', 'videollamada'],
  search: ['búscame', 'busca*', 'buscá', 'busque', 'búsqueme', 'encuéntrame', 'encuentrame'],
  have: ['tiene*', 'tenés', 'tenes', 'usas', 'usa', 'estás en', 'estas en', 'podemos', 'puedo', 'podríamos'],
  question: [] as string[],
  why: ['qué', 'que'],
  negation: ['nunca', 'jamás', 'tampoco'],
};

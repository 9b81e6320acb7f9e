/** Spanish contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['hablemos', 'hablamos', 'hablar', 'háblame', 'hablame', 'seguimos', 'sigamos', 'seguir', 'continuamos', 'continuemos', 'continuar', 'pasemos', 'pasamos', 'escríbeme', 'escribeme', 'escribir', 'escribime', 'agrégame', 'agregame', 'añádeme', 'añademe', 'contáctame', 'contactame', 'coordinarlo', 'coordinar', 'coordinamos', 'conversar', 'conversemos', 'charlar', 'charlamos', 'mensaje', 'mensajes', 'sígueme', 'sigueme', 'mándame un mensaje'],
  ask: ['dame', 'pásame', 'pasame', 'mándame', 'mandame', 'envíame', 'enviame', 'compárteme', 'comparteme', 'dejas', 'pasas', 'regalas', 'compartes', 'deja', 'déjame', 'dejame', 'podrías dar', 'me das', 'cuál', 'cual', 'qué'],
  call: ['llámame', 'llamame', 'llamar', 'llamo', 'llamarte', 'marco', 'marcarte', 'márcame', 'marcame', 'videollamada'],
  search: ['búscame', 'buscame', 'busca', 'buscá', 'busque', 'búsqueme', 'encuéntrame', 'encuentrame'],
  have: ['tienes', 'tiene', 'tenés', 'tenes', 'usas', 'usa', 'estás en', 'estas en', 'podemos', 'puedo', 'podríamos'],
  question: [] as string[],
  why: ['qué', 'que'],
  negation: ['no', 'nunca', 'jamás', 'tampoco'],
};

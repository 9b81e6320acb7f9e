/** Spanish contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['contesta', 'contéstame', 'contestame', 'respóndeme', 'respondeme', 'hablemos', 'habla*', 'háblame', 'segui*', 'sigamos', 'continu*', 'pasemos', 'pasamos', 'escríbeme', 'escrib*', 'agrégame', 'agregame', 'añádeme', 'añademe', 'contáctame', 'contactame', 'coordina*', 'convers*', 'charla*', 'mensaje*', 'sígueme', 'sigueme', 'mándame un mensaje', 'contactar*', 'contactarte', 'pásate', 'pasarnos', 'escribirte', 'comunicarnos', 'comunica*', 'nos pasamos', 'contesto', 'respondo', 'cambiamos', 'cambiar*', 'vamos', 'hablo', 'agreg*', 'entrevista', 'en contacto'],
  ask: ['dame', 'pásame', 'pasame', 'mándame', 'mandame', 'envíame', 'enviame', 'compárteme', 'comparte*', 'dejas', 'pasas', 'regalas', 'deja', 'déjame', 'dejame', 'podrías dar', 'me das', 'dime', 'dígame', 'decime', 'cuál', 'cual', 'qué', 'mandas', 'me mandas'],
  call: ['llámame', 'llama*', 'llamo', 'marco', 'marco', 'márcame', 'marcame', 'marcarte', 'márcame', 'videollamada', 'me marcas', 'me marcás', 'márqueme', 'me llamas', 'me llamás'],
  search: ['búscame', 'busca*', 'buscá', 'busque', 'búsqueme', 'encuéntrame', 'encuentrame'],
  have: ['tiene*', 'tenés', 'tenes', 'usas', 'usa', 'estás en', 'estas en', 'podemos', 'puedo', 'podríamos'],
  question: [] as string[],
  why: ['qué', 'que'],
  negation: ['nunca', 'jamás', 'tampoco'],
  how: ['cómo', 'como', 'dónde', 'donde', 'por dónde', 'por donde', 'qué forma'],
  suggest: ['quizás', 'quizas', 'tal vez', 'mejor', 'te parece', 'si quieres', 'si prefieres', 'prefiero', 'podríamos', 'podemos', 'qué tal si', 'vamos'],
  easier: ['más fácil', 'mas facil', 'más cómodo', 'mas comodo', 'más rápido', 'mas rapido', 'mejor', 'más práctico', 'mas practico'],
  habit: ['más en', 'más activo', 'más activa', 'activo', 'activa', 'más seguido', 'siempre en', 'casi siempre'],
  meet: [] as string[],
  // "te paso mi número": an offer, read only with the writer's own detail ("te dou a capinha" offers the item).
  offer: ['te paso', 'le paso', 'te mando', 'te doy', 'te envío', 'te dejo', 'te comparto'],
};

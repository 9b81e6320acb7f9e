/** Portuguese contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['me responde', 'responde aí', 'responda', 'conversa*', 'falar*', 'falamos', 'fala', 'segue', 'chama', 'chame', 'adicion*', 'trocar ideia', 'tratar', 'manda mensagem', 'manda msg', 'mensagem', 'escreve', 'me escreve', 'bora', 'passar para', 'contatar', 'contactar', 'continu*', 'seguir', 'ir pro', 'vamos pro', 'vamos pra', 'escrever', 'vê', 'resolve', 'resolver', 'respondo', 'vamo', 'vamos'],
  ask: ['passa*', 'passe', 'manda', 'mande', 'envia', 'envie', 'dá', 'me dá', 'compartilha', 'deixa', 'deixe', 'qual'],
  call: ['liga', 'ligue', 'ligar', 'ligo', 'telefona', 'chamada', 'videochamada', 'ligação', 'ligacao'],
  search: ['procur*', 'pesquis*', 'me acha'],
  have: ['tem', 'tens', 'você tem', 'vc tem', 'pode', 'posso', 'seria possível', 'você tá no', 'vc tá no', 'vc ta no', 'você está no', 'cê tá no', 'tu tá no', 'tu tá na', 'você tá na', 'vc tá na'],
  question: [] as string[],
  why: [],
  negation: ['não', 'nao', 'nem'],
  how: ['como', 'onde', 'por onde', 'qual o melhor jeito', 'que jeito'],
  suggest: ['talvez', 'quem sabe', 'se preferir', 'prefiro', 'podemos', 'poderíamos', 'a gente pode', 'a gente possa', 'que tal', 'bora', 'vamos'],
  easier: ['mais fácil', 'mais facil', 'mais prático', 'mais pratico', 'melhor', 'mais rápido', 'mais rapido', 'mais tranquilo', 'mais confortável', 'mais cômodo', 'mais comodo', 'mais de boa'],
  habit: ['mais ativo', 'mais ativa', 'ativo', 'ativa', 'vivo no', 'sempre no', 'mais no', 'mais na'],
  meet: [] as string[],
  // "te paso mi número": an offer, read only with the writer's own detail ("te dou a capinha" offers the item).
  offer: ['te passo', 'te mando', 'vou te passar', 'te envio', 'te dou'],
};

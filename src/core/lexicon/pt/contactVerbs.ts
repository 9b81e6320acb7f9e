/** Portuguese contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['conversa*', 'falar*', 'falamos', 'fala', 'segue', 'chama', 'chame', 'adicion*', 'trocar ideia', 'tratar', 'manda mensagem', 'manda msg', 'mensagem', 'escreve', 'me escreve', 'bora', 'passar para'],
  ask: ['passa*', 'passe', 'manda', 'mande', 'envia', 'envie', 'dá', 'me dá', 'compartilha', 'deixa', 'deixe', 'qual'],
  call: ['liga', 'ligue', 'ligar', 'ligo', 'telefona', 'chamada', 'videochamada'],
  search: ['procur*', 'pesquis*', 'me acha'],
  have: ['tem', 'tens', 'você tem', 'vc tem', 'pode', 'posso', 'seria possível'],
  question: [] as string[],
  why: [],
  negation: ['não', 'nao', 'nem'],
};

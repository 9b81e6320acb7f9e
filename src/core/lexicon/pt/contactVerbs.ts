/** Portuguese contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['conversar', 'conversamos', 'conversa', 'falar', 'falarmos', 'falamos', 'fala', 'continuar', 'continuamos', 'seguir', 'seguimos', 'segue', 'chama', 'chame', 'adiciona', 'adicione', 'add', 'trocar ideia', 'tratar', 'manda mensagem', 'manda msg', 'mensagem', 'escreve', 'me escreve', 'bora', 'passar para'],
  ask: ['passa', 'passe', 'passar', 'manda', 'mande', 'envia', 'envie', 'dá', 'me dá', 'compartilha', 'deixa', 'deixe', 'qual'],
  call: ['liga', 'ligue', 'ligar', 'ligo', 'telefona', 'chamada', 'videochamada'],
  search: ['procura', 'procure', 'pesquisa', 'pesquise', 'busca', 'me acha'],
  have: ['tem', 'tens', 'usa', 'usas', 'você tem', 'vc tem', 'podemos', 'pode', 'posso', 'seria possível'],
  question: [] as string[],
  why: ['que'],
  negation: ['não', 'nao', 'nunca', 'nem'],
};

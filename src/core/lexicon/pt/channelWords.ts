/** Portuguese channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefone', 'contato', 'whats', 'zap', 'número de telefone', 'número do zap', 'correio'],
  weakDetail: ['usuário', 'conta', 'teu', 'tua'],
  yours: ['seu', 'sua', 'teu', 'tua', 'o seu', 'o teu'],
  elsewhere: ['por fora', 'fora da plataforma', 'fora do app', 'fora do site', 'outro meio', 'por outro meio', 'outro app', 'outro aplicativo', 'no privado', 'pv', 'diret*', 'outro lugar', 'outro jeito', 'outra forma', 'outra maneira', 'por outro lugar', 'fora daqui', 'outro canal', 'outra via'],
  label: ['usuário', 'conta', 'nome', 'é', 'sou'],
  here: ['por aqui', 'na plataforma', 'pelo app', 'neste chat'],
  rule: ['regra*', 'proibido', 'termos', 'não pode'],
  warning: ['golpe', 'golpista', 'denuncie*'],
  ours: ['nosso', 'nossa', 'nossos', 'nossas'],
  me: ['me'],
  self: ['eu', 'pra mim', 'para mim', 'fico', 'tô', 'estou'],
  there: ['lá', 'ali'],
  rest: ['o resto', 'o restante'],
  work: ['conteúdo*', 'conteudo*', 'anúncio*', 'artes', 'página', 'pagina', 'loja'],
  seen: ['vi', 'visto', 'achei', 'encontrei', 'conheci', 'assisti', 'descobri'],
};

/** Portuguese channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefone', 'contato', 'whats', 'zap', 'número de telefone', 'número do zap', 'correio'],
  weakDetail: ['usuário', 'conta', 'teu', 'tua'],
  yours: ['seu', 'sua', 'teu', 'tua', 'o seu', 'o teu'],
  elsewhere: ['por fora', 'fora da plataforma', 'fora do app', 'fora do site', 'outro meio', 'por outro meio', 'outro app', 'outro aplicativo', 'no privado', 'pv', 'diret*', 'outro lugar', 'outro jeito', 'outra forma', 'outra maneira', 'por outro lugar', 'fora daqui', 'outro canal', 'outra via'],
  label: ['usuário', 'conta', 'nome', 'é', 'sou'],
  here: ['por aqui', 'na plataforma', 'pelo app', 'neste chat', 'no app'],
  rule: ['regra*', 'proibido', 'termos', 'não pode'],
  warning: ['golpe', 'golpista', 'denuncie*'],
  ours: ['nosso', 'nossa', 'nossos', 'nossas'],
  me: ['me'],
  self: ['eu', 'pra mim', 'para mim', 'fico', 'tô', 'estou'],
  there: ['lá', 'ali'],
  rest: ['o resto', 'o restante'],
  work: ['conteúdo*', 'conteudo*', 'anúncio*', 'artes', 'página', 'pagina', 'loja', 'canal', 'seguidores'],
  appWord: ['app', 'aplicativo', 'aplicativos', 'apk'],
  otherApp: ['outro', 'outra', 'verde', 'azul', 'roxo', 'amarelo'],
  seen: ['vi', 'visto', 'achei', 'encontrei', 'conheci', 'assisti', 'descobri'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['qualquer coisa', 'qqr coisa', 'qlqr coisa', 'se precisar', 'quando quiser', 'qualquer dúvida'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['chegar', 'chegando', 'chegou', 'na portaria', 'no portão', 'lá embaixo', 'estiver perto', 'a caminho'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['meu', 'minha'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['no meu perfil', 'na minha bio', 'na bio'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['mas', 'porém'],
};

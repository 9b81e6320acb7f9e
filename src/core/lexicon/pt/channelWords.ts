/** Portuguese channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefone', 'celular', 'cel', 'contato', 'email', 'e-mail', 'whats', 'zap', 'número de telefone', 'número do zap'],
  weakDetail: ['número', 'numero', 'usuário', 'conta', 'perfil', 'teu', 'tua'],
  yours: ['seu', 'sua', 'teu', 'tua', 'o seu', 'o teu'],
  elsewhere: ['por fora', 'fora da plataforma', 'fora do app', 'fora do site', 'outro meio', 'por outro meio', 'outro app', 'outro aplicativo', 'no privado', 'pv', 'direto', 'diretamente'],
  label: ['usuário', 'usuario', 'perfil', 'conta', 'página', 'nome', 'arroba', 'id', 'é', 'sou', 'como'],
  here: ['aqui', 'por aqui', 'na plataforma', 'pelo app', 'neste chat'],
  rule: ['regras', 'regra', 'política', 'proibido', 'permitido', 'termos', 'não pode'],
  warning: ['golpe', 'golpista', 'fraude', 'cuidado', 'denunciei', 'denuncie', 'fake'],
};

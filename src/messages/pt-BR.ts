import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'pt-BR';

// Portuguese plurals: `one` (0 and 1), `many` (whole millions: "1.000.000 de links"), `other`.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'um endereço de e-mail', counted: { one: '# endereço de e-mail', many: '# de endereços de e-mail', other: '# endereços de e-mail' } },
  phone: { single: 'um número de telefone', counted: { one: '# número de telefone', many: '# de números de telefone', other: '# números de telefone' } },
  url: { single: 'um link', counted: { one: '# link', many: '# de links', other: '# links' } },
  social: {
    single: 'um perfil de mensageiro ou rede social',
    counted: { one: '# perfil de mensageiro ou rede social', many: '# de perfis de mensageiros ou redes sociais', other: '# perfis de mensageiros ou redes sociais' },
  },
  meeting: { single: 'um link de reunião', counted: { one: '# link de reunião', many: '# de links de reunião', other: '# links de reunião' } },
  payment: {
    single: 'um pedido de pagamento fora da plataforma',
    counted: { one: '# pedido de pagamento fora da plataforma', many: '# de pedidos de pagamento fora da plataforma', other: '# pedidos de pagamento fora da plataforma' },
  },
  intent: {
    single: 'uma proposta de continuar a conversa em outro lugar',
    counted: {
      one: '# proposta de continuar a conversa em outro lugar',
      many: '# de propostas de continuar a conversa em outro lugar',
      other: '# propostas de continuar a conversa em outro lugar',
    },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'Vocês poderão trocar e-mails quando o contrato começar.',
  phone: 'Vocês poderão trocar números de telefone quando o contrato começar.',
  url: 'Você poderá compartilhar links quando o contrato começar.',
  social: 'Vocês poderão trocar perfis de mensageiros e redes sociais quando o contrato começar.',
  meeting: 'Você poderá compartilhar links de reunião quando o contrato começar.',
  payment: 'Pedidos de pagamento fora da plataforma só são possíveis depois que o contrato começar.',
  intent: 'Vocês poderão combinar de conversar em outro lugar quando o contrato começar.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[e-mail oculto]',
  phone: '[telefone oculto]',
  url: '[link oculto]',
  social: '[perfil oculto]',
  meeting: '[link de reunião oculto]',
  payment: '[pedido de pagamento oculto]',
  intent: '[proposta oculta]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Pede para levar a conversa para fora da plataforma',
  'off-platform-payment': 'Pede pagamento fora da plataforma',
  'suspicious-link': 'Contém um link suspeito',
  other: 'Outro motivo',
};

/** Brazilian Portuguese, addressing the reader as "você". */
export const ptBR: MessageCatalogue = {
  blockedHeadline: 'Esta mensagem ainda não pode ser enviada',
  warnedHeadline: 'Revise esta mensagem antes de enviar',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Encontramos ${formatList(LOCALE, items)}.`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'Os pagamentos devem ficar na plataforma, mesmo durante um contrato.';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'A plataforma não permite isso nesta etapa.';
  },
  whyLabel: 'Por quê?',
  whyText:
    'Manter a conversa e o pagamento na plataforma protege vocês dois: as mensagens ficam registradas, os pagamentos têm cobertura e fica mais fácil impedir golpes.',
  policyLinkLabel: 'Ler a política',
  composerLabel: 'Mensagem',
  composerPlaceholder: 'Escreva uma mensagem…',
  send: 'Enviar',
  sendAnyway: 'Enviar mesmo assim',
  sending: 'Enviando…',
  sendFailed: 'Sua mensagem não foi enviada. Seu texto continua aqui.',
  retry: 'Tentar de novo',
  removeFlagged: 'Remover dados de contato',
  charactersLeft: pluralMessage(LOCALE, { one: 'Resta # caractere', many: 'Restam # de caracteres', other: 'Restam # caracteres' }),
  reportTrigger: 'Denunciar',
  reportTitle: 'Denunciar esta mensagem',
  reportDescription: 'Conte o que há de errado. A mensagem e o que encontramos nela seguem anexados.',
  reportReasonsLabel: 'Motivo',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Adicionar um comentário (opcional)',
  reportSubmit: 'Enviar denúncia',
  reportCancel: 'Cancelar',
  reportSending: 'Enviando denúncia…',
  reportSent: 'Obrigado! Nossa equipe vai analisar esta mensagem.',
  reportFailed: 'Não foi possível enviar a denúncia. Tente novamente.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, {
    one: 'As mensagens podem ter no máximo # caractere.',
    many: 'As mensagens podem ter no máximo # de caracteres.',
    other: 'As mensagens podem ter no máximo # caracteres.',
  }),
  tooLongMasked: '[mensagem longa demais para ser exibida]',
  maskedTooltip: 'Os dados de contato ficam ocultos até o início de um contrato.',
  scamCautionTitle: 'Atenção',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Esta mensagem pede pagamento fora da plataforma. Pagamentos feitos fora dela não são protegidos.'
      : offPlatform
        ? 'Esta mensagem propõe continuar a conversa em outro lugar. Conversas fora da plataforma não são protegidas.'
        : '',
  flaggedLabel: (kind) => `Detectado: ${NOUNS[kind].single}`,
};

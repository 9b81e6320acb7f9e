import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
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
  scam: 'Golpe ou fraude',
  'suspicious-link': 'Contém um link suspeito',
  other: 'Outro motivo',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Ligações e SMS não ficam registrados aqui se algo der errado.',
  email: 'E-mails não ficam registrados aqui se algo der errado.',
  url: 'Links podem levar a páginas falsas de login ou de pagamento.',
  social: 'Conversas em outros apps não ficam registradas aqui, e golpes costumam continuar por lá.',
  meeting: 'Chamadas em ferramentas externas não deixam registro do que foi combinado.',
  payment: 'Pagamentos feitos fora da plataforma não têm cobertura e geralmente não podem ser recuperados.',
  intent: 'Fora da plataforma não fica registro, e a plataforma não pode ajudar se algo der errado.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'Endereço de e-mail',
  phone: 'Número de telefone',
  url: 'Link',
  social: 'Perfil de mensageiro ou rede social',
  meeting: 'Link de reunião',
  payment: 'Pedido de pagamento fora da plataforma',
  intent: 'Proposta de continuar a conversa em outro lugar',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'Remover link', other: 'Remover links' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'Remover pedido de pagamento', other: 'Remover pedidos de pagamento' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'Os pagamentos só ficam protegidos quando passam pela plataforma.';
    if (kind === 'intent') return 'O mais seguro é continuar conversando aqui até o contrato começar.';
    if (reason === 'until-contract') return 'O mais seguro é compartilhar esses dados só depois que o contrato começar.';
    return 'A plataforma não recomenda compartilhar esses dados nesta etapa.';
  }
  if (reason === 'always') return 'Os pagamentos devem ficar na plataforma, mesmo durante um contrato.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Você poderá compartilhar esses dados quando o contrato começar.';
  return 'A plataforma não permite isso nesta etapa.';
}

/** Brazilian Portuguese, addressing the reader as "você". */
export const ptBR: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Esta mensagem não pode ser enviada',
  warnedHeadline: 'Revise esta mensagem antes de enviar',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Encontramos ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
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
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Bloquear também esta pessoa',
  reportClose: 'Fechar',
  reportDone: 'Denunciado',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'Remover dados de contato';
  },
  removedNotice: 'Removido.',
  undo: 'Desfazer',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Remover',
  findingDispute: 'Isto não é um dado de contato',
  disputedNotice: 'Obrigado por avisar. Você pode enviar a mensagem depois de confirmar.',
  sendRefused: 'Não enviada. O aviso abaixo da mensagem diz o que mudar.',
  confirmWarning: (kinds) => `Encontramos ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. Escolha “Enviar mesmo assim” para enviar a mensagem como está, ou edite-a.`,
  serverRejected: 'A plataforma não aceitou esta mensagem. Edite os trechos destacados para enviá-la.',
};

import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { Messages, ReportReason } from './messages.js';

const NOUNS: Record<ContactKind, [string, string]> = {
  email: ['un correo electrónico', 'correos electrónicos'],
  phone: ['un número de teléfono', 'números de teléfono'],
  url: ['un enlace', 'enlaces'],
  social: ['un usuario de mensajería o redes', 'usuarios de mensajería o redes'],
  meeting: ['un enlace de reunión', 'enlaces de reunión'],
  payment: ['una solicitud de pago fuera de la plataforma', 'solicitudes de pago fuera de la plataforma'],
  intent: ['una propuesta de seguir en otro sitio', 'propuestas de seguir en otro sitio'],
};

/** Texto de la máscara: corto, sin artículo, con la concordancia de cada sustantivo. */
const MASKS: Record<ContactKind, string> = {
  email: 'correo electrónico oculto',
  phone: 'número de teléfono oculto',
  url: 'enlace oculto',
  social: 'usuario de mensajería o redes oculto',
  meeting: 'enlace de reunión oculto',
  payment: 'datos de pago ocultos',
  intent: 'invitación oculta',
};

/** El "¿Por qué?" por tipo: lo que protege la regla, no lo que hizo la persona. */
const WHY: Record<ContactKind, string> = {
  phone: 'Las llamadas y los SMS no dejan registro aquí si algo sale mal.',
  email: 'Los correos no dejan registro aquí si algo sale mal.',
  url: 'Los enlaces pueden llevar a páginas falsas de acceso o de pago.',
  social: 'Los chats en otras apps no dejan registro aquí, y muchas estafas siguen por ahí.',
  meeting: 'Las llamadas en herramientas externas no dejan registro de lo acordado.',
  payment: 'Los pagos hechos fuera de la plataforma no están cubiertos y no suelen recuperarse.',
  intent: 'Fuera de la plataforma no queda registro y la plataforma no puede ayudar si algo sale mal.',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Pide seguir la conversación fuera de la plataforma',
  'off-platform-payment': 'Pide un pago fuera de la plataforma',
  scam: 'Estafa o fraude',
  'suspicious-link': 'Contiene un enlace sospechoso',
  other: 'Otro motivo',
};

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;

/** Una línea para los tipos con la misma regla: "Podrás compartir números de teléfono y correos electrónicos cuando empiece el contrato." */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const nouns = list(kinds.map((kind) => NOUNS[kind][1]));
  // Un aviso va junto a "Enviar de todos modos": aconseja, no prohíbe.
  if (action === 'warn') {
    if (reason === 'always') return 'Los pagos solo están protegidos si se hacen a través de la plataforma.';
    if (kinds[0] === 'intent') return 'Lo más seguro es seguir hablando aquí hasta que empiece el contrato.';
    if (reason === 'until-contract') return `Lo más seguro es compartir ${nouns} cuando empiece el contrato.`;
    return `La plataforma desaconseja compartir ${nouns} en esta etapa.`;
  }
  if (reason === 'always') return 'Los pagos deben hacerse en la plataforma, incluso durante un contrato.';
  if (reason === 'until-contract') {
    if (kinds[0] === 'intent') return 'Podréis hablar por otros medios cuando empiece el contrato.';
    return `Podrás compartir ${nouns} cuando empiece el contrato.`;
  }
  return `Esta plataforma no permite ${nouns} en esta etapa.`;
}

export const es: Messages = {
  // Sin "aún": algunas reglas (los pagos) no se levantan nunca; las líneas de regla dicen cuándo las demás.
  blockedHeadline: 'Este mensaje no se puede enviar',
  warnedHeadline: 'Revisa este mensaje antes de enviarlo',
  found: (kind, count) => (count === 1 ? NOUNS[kind][0] : `${count} ${NOUNS[kind][1]}`),
  foundSentence: (items) => `Encontramos ${list(items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: '¿Por qué?',
  whyText:
    'Mantener la conversación y el pago en la plataforma os protege a ambos: los mensajes quedan registrados, los pagos están cubiertos y es más fácil frenar estafas.',
  policyLinkLabel: 'Leer la política',
  composerLabel: 'Mensaje',
  composerPlaceholder: 'Escribe un mensaje…',
  send: 'Enviar',
  sendAnyway: 'Enviar de todos modos',
  sending: 'Enviando…',
  sendFailed: 'Tu mensaje no se envió. Tu texto sigue aquí.',
  retry: 'Reintentar',
  removeFlagged: 'Quitar datos de contacto',
  charactersLeft: (count) => (count === 1 ? 'Queda 1 carácter' : `Quedan ${count} caracteres`),
  reportTrigger: 'Denunciar',
  reportTitle: 'Denunciar este mensaje',
  reportDescription: 'Cuéntanos qué pasa. Adjuntamos el mensaje y lo que encontramos en él.',
  reportReasonsLabel: 'Motivo',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Añade una nota (opcional)',
  reportSubmit: 'Enviar denuncia',
  reportCancel: 'Cancelar',
  reportSending: 'Enviando denuncia…',
  reportSent: 'Gracias: nuestro equipo revisará este mensaje.',
  reportFailed: 'No se pudo enviar la denuncia. Inténtalo de nuevo.',
  maskedDetail: (kind) => `[${MASKS[kind]}]`,
  tooLong: (maxLength) => `Los mensajes pueden tener como máximo ${maxLength.toLocaleString('es')} caracteres.`,
  tooLongMasked: '[mensaje demasiado largo para mostrarlo]',
  maskedTooltip: 'Los datos de contacto se ocultan hasta que empiece un contrato.',
  scamCautionTitle: 'Ten cuidado',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Este mensaje pide un pago fuera de la plataforma. Los pagos hechos fuera no están protegidos.'
      : offPlatform
        ? 'Este mensaje pide seguir en otro sitio. Las conversaciones fuera de la plataforma no están protegidas.'
        : '',
  flaggedLabel: (kind) => `Marcado: ${NOUNS[kind][0]}`,
  // Issue 14 (aviso y denuncia).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Bloquear también a esta persona',
  reportClose: 'Cerrar',
  reportDone: 'Denunciado',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return count > 1 ? 'Quitar enlaces' : 'Quitar enlace';
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return count > 1 ? 'Quitar solicitudes de pago' : 'Quitar solicitud de pago';
    return 'Quitar datos de contacto';
  },
  removedNotice: 'Quitado.',
  undo: 'Deshacer',
  findingTitle: (kind) => NOUNS[kind][0].replace(/^una? /, '').replace(/^./, (first) => first.toUpperCase()),
  findingRemove: 'Quitar',
  findingDispute: 'No es un dato de contacto',
  disputedNotice: 'Gracias por avisarnos. Puedes enviar el mensaje después de confirmar.',
  sendRefused: 'No se ha enviado. El aviso bajo el mensaje explica qué cambiar.',
  confirmWarning: (kinds) =>
    `Este mensaje incluye ${list([...new Set(kinds)].map((kind) => NOUNS[kind][0]))}. Elige «Enviar de todos modos» para enviarlo tal cual, o edítalo.`,
  serverRejected: 'La plataforma no ha aceptado este mensaje. Edita las partes marcadas para enviarlo.',
};

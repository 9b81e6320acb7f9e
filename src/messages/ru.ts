import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'ru';

// Russian plurals: `one` (1, 21, 31…), `few` (2–4, 22–24…), `many` (5–20, 25–30…), `other` (fractions).
// Nouns are in the nominative: the sentence is "Найдено: …", so no verb imposes a case.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: {
    single: 'адрес электронной почты',
    counted: { one: '# адрес электронной почты', few: '# адреса электронной почты', many: '# адресов электронной почты', other: '# адреса электронной почты' },
  },
  phone: { single: 'номер телефона', counted: { one: '# номер телефона', few: '# номера телефона', many: '# номеров телефона', other: '# номера телефона' } },
  url: { single: 'ссылка', counted: { one: '# ссылка', few: '# ссылки', many: '# ссылок', other: '# ссылки' } },
  social: {
    single: 'аккаунт в мессенджере или соцсети',
    counted: {
      one: '# аккаунт в мессенджере или соцсети',
      few: '# аккаунта в мессенджерах или соцсетях',
      many: '# аккаунтов в мессенджерах или соцсетях',
      other: '# аккаунта в мессенджерах или соцсетях',
    },
  },
  meeting: {
    single: 'ссылка на видеовстречу',
    counted: { one: '# ссылка на видеовстречу', few: '# ссылки на видеовстречи', many: '# ссылок на видеовстречи', other: '# ссылки на видеовстречи' },
  },
  payment: {
    single: 'просьба об оплате вне платформы',
    counted: {
      one: '# просьба об оплате вне платформы',
      few: '# просьбы об оплате вне платформы',
      many: '# просьб об оплате вне платформы',
      other: '# просьбы об оплате вне платформы',
    },
  },
  intent: {
    single: 'предложение продолжить общение в другом месте',
    counted: {
      one: '# предложение продолжить общение в другом месте',
      few: '# предложения продолжить общение в другом месте',
      many: '# предложений продолжить общение в другом месте',
      other: '# предложения продолжить общение в другом месте',
    },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'Обмениваться адресами электронной почты можно будет после начала контракта.',
  phone: 'Обмениваться номерами телефонов можно будет после начала контракта.',
  url: 'Делиться ссылками можно будет после начала контракта.',
  social: 'Обмениваться аккаунтами в мессенджерах и соцсетях можно будет после начала контракта.',
  meeting: 'Делиться ссылками на видеовстречи можно будет после начала контракта.',
  payment: 'Просить об оплате вне платформы можно будет только после начала контракта.',
  intent: 'Договориться об общении в другом месте можно будет после начала контракта.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[адрес почты скрыт]',
  phone: '[номер телефона скрыт]',
  url: '[ссылка скрыта]',
  social: '[аккаунт скрыт]',
  meeting: '[ссылка на встречу скрыта]',
  payment: '[просьба об оплате скрыта]',
  intent: '[предложение скрыто]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Предлагает продолжить общение вне платформы',
  'off-platform-payment': 'Просит оплату вне платформы',
  scam: 'Мошенничество или обман',
  'suspicious-link': 'Содержит подозрительную ссылку',
  other: 'Другое',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Звонки и SMS не оставляют здесь следа, если что-то пойдёт не так.',
  email: 'Письма не оставляют здесь следа, если что-то пойдёт не так.',
  url: 'Ссылки могут вести на поддельные страницы входа или оплаты.',
  social: 'Переписка в других приложениях здесь не сохраняется, а мошенники часто продолжают именно там.',
  meeting: 'Звонки во внешних сервисах не сохраняют того, о чём вы договорились.',
  payment: 'Платежи вне платформы не защищены, и вернуть их обычно невозможно.',
  intent: 'Вне платформы ничего не сохраняется, и платформа не сможет помочь, если что-то пойдёт не так.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'Адрес электронной почты',
  phone: 'Номер телефона',
  url: 'Ссылка',
  social: 'Аккаунт в мессенджере или соцсети',
  meeting: 'Ссылка на видеовстречу',
  payment: 'Просьба об оплате вне платформы',
  intent: 'Предложение продолжить общение в другом месте',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'Удалить ссылку', few: 'Удалить ссылки', many: 'Удалить ссылки', other: 'Удалить ссылки' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'Удалить просьбу об оплате', few: 'Удалить просьбы об оплате', many: 'Удалить просьбы об оплате', other: 'Удалить просьбы об оплате' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'Платежи защищены, только если проходят через платформу.';
    if (kind === 'intent') return 'Надёжнее всего общаться здесь до начала контракта.';
    if (reason === 'until-contract') return 'Надёжнее всего делиться такими данными после начала контракта.';
    return 'Платформа не советует делиться такими данными на этом этапе.';
  }
  if (reason === 'always') return 'Оплата всегда проходит через платформу, даже во время контракта.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Делиться этими данными можно будет после начала контракта.';
  return 'На этом этапе платформа этого не разрешает.';
}

/** Russian, addressing the reader as "вы". */
export const ru: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Это сообщение нельзя отправить',
  warnedHeadline: 'Проверьте сообщение перед отправкой',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Найдено: ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'Почему?',
  whyText:
    'Когда переписка и оплата остаются на платформе, вы оба под защитой: сообщения сохраняются, платежи гарантированы, а мошенничество проще пресечь.',
  policyLinkLabel: 'Прочитать правила',
  composerLabel: 'Сообщение',
  composerPlaceholder: 'Напишите сообщение…',
  send: 'Отправить',
  sendAnyway: 'Всё равно отправить',
  sending: 'Отправка…',
  sendFailed: 'Сообщение не отправлено. Ваш текст сохранён.',
  retry: 'Повторить',
  removeFlagged: 'Удалить контактные данные',
  charactersLeft: pluralMessage(LOCALE, { one: 'Остался # символ', few: 'Осталось # символа', many: 'Осталось # символов', other: 'Осталось # символа' }),
  reportTrigger: 'Пожаловаться',
  reportTitle: 'Пожаловаться на сообщение',
  reportDescription: 'Расскажите, что не так. Мы приложим сообщение и то, что в нём нашли.',
  reportReasonsLabel: 'Причина',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Комментарий (необязательно)',
  reportSubmit: 'Отправить жалобу',
  reportCancel: 'Отмена',
  reportSending: 'Отправка жалобы…',
  reportSent: 'Спасибо! Наша команда проверит это сообщение.',
  reportFailed: 'Не удалось отправить жалобу. Попробуйте ещё раз.',
  maskedDetail: (kind) => MASKED[kind],
  // "не более" takes the genitive: 1 символа, 2 символов, 5 символов, 21 символа.
  tooLong: pluralMessage(LOCALE, {
    one: 'Сообщение может содержать не более # символа.',
    few: 'Сообщение может содержать не более # символов.',
    many: 'Сообщение может содержать не более # символов.',
    other: 'Сообщение может содержать не более # символа.',
  }),
  tooLongMasked: '[сообщение слишком длинное, чтобы его показать]',
  maskedTooltip: 'Контактные данные скрыты до начала контракта.',
  scamCautionTitle: 'Будьте осторожны',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'В этом сообщении просят оплату вне платформы. Платежи в обход платформы не защищены.'
      : offPlatform
        ? 'В этом сообщении предлагают продолжить общение в другом месте. Переписка вне платформы не защищена.'
        : '',
  flaggedLabel: (kind) => `Отмечено: ${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Также заблокировать этого человека',
  reportClose: 'Закрыть',
  reportDone: 'Жалоба отправлена',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'Удалить контактные данные';
  },
  removedNotice: 'Удалено.',
  undo: 'Отменить',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Удалить',
  findingDispute: 'Это не контактные данные',
  disputedNotice: 'Спасибо, что сообщили. Сообщение можно отправить после подтверждения.',
  sendRefused: 'Не отправлено. Что изменить, написано в уведомлении под сообщением.',
  confirmWarning: (kinds) => `Найдено: ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. Нажмите «Всё равно отправить», чтобы отправить сообщение как есть, или измените его.`,
  serverRejected: 'Платформа не приняла это сообщение. Измените выделенные фрагменты, чтобы его отправить.',
};

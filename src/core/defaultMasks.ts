import type { ContactKind } from './types.js';

/**
 * The English wording of the masks, shared by core's defaults (`maskMatches`, `redactMessage`)
 * and the English catalogue (`maskedDetail`, `tooLongMasked`), so a message masked on a server
 * reads the same as the same message masked in the UI. Other catalogues translate it.
 */
const MASKED_DETAIL_NOUNS: Record<ContactKind, string> = {
  email: 'email address',
  phone: 'phone number',
  url: 'link',
  social: 'messaging or social handle',
  meeting: 'meeting link',
  payment: 'payment details',
  intent: 'invitation',
};

/** The mask for a hidden detail of `kind`: "[phone number hidden]". */
export const maskedDetailText = (kind: ContactKind): string => `[${MASKED_DETAIL_NOUNS[kind]} hidden]`;

/** Shown in place of a message over the length limit (a UI shows its catalogue's `tooLongMasked`). */
export const TOO_LONG_MASK = '[message too long to show]';

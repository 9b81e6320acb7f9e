import { socialNameEndings as id } from './id/socialNameEndings.js';
import { socialNameEndings as tl } from './tl/socialNameEndings.js';
import { socialNameEndings as tr } from './tr/socialNameEndings.js';

/**
 * Endings people glue to a platform's name with no apostrophe or space ("snaptan", "instaku"),
 * beyond the case endings the channel-word lookup already strips. Only the languages that glue
 * them have a file; a new one adds `lexicon/<lang>/socialNameEndings.ts` and one line here.
 */
export const SOCIAL_NAME_ENDINGS: ReadonlySet<string> = new Set([...tr, ...id, ...tl]);

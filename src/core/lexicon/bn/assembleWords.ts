import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (bn). */
export const ASSEMBLE_WORDS_BN: AssembleWords = {
  name: ['নাম', 'পদবি'],
  account: ['ইউজারনেম', 'ইউজার নেম', 'আইডি'],
  sequence: ['তারপর', 'প্রথমে', 'শেষে', 'প্রথম অংশ', 'দ্বিতীয় অংশ'],
  join: ['একসাথে', 'জুড়ে'],
  here: ['এখানে', 'এখানকার'],
  same: ['একই', 'সেই', 'ইউজারনেমই'],
};

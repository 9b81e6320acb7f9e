/** Tagalog linkers glued to a platform's name: "telegramng", "instang" ("insta ng …"). */
export const socialNameEndings: readonly string[] = ['ng'];

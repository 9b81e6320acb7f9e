/**
 * What the handle readings share: the shape of a found handle, the two sticky patterns that read
 * what follows a platform's name, and where a clause starts (its own file, so the readings import
 * it, not each other).
 */

/** A handle or a page name given next to a platform's name. */
export interface HandleNearName {
  from: number;
  to: number;
  platform: string | undefined;
  value: string;
  /** A plain name to search for ("Fontanería Rubén Gil"), not an @handle: less certain. */
  searched: boolean;
}

// Between a name (or its "id" label) and the handle: ":", "→", "=", "は", "是", "の".
export const SEPARATOR = /[\s:：=→>,の的は是]{0,4}/y;
// A page or shop name after "fb:" or a search verb: a quote, or a run of capitalised words.
export const PAGE_NAME = /«[^»]{1,60}»|“[^”]{1,60}”|"[^"]{1,60}"|「[^」]{1,60}」|\p{Lu}[\p{L}\p{M}'’&.-]{0,30}(?:[ \t]{1,2}[\p{L}\p{M}'’&.-]{1,30}){1,6}/uy;

const CLAUSE_START = /[.!?\n,;:。！？，]/;

/** Only spaces (at most a few) between `at` and the start of the text or of its clause. */
export function startsClause(text: string, at: number): boolean {
  let before = at;
  while (before > 0 && at - before < 3 && text.charAt(before - 1) === ' ') before -= 1;
  return before === 0 || CLAUSE_START.test(text.charAt(before - 1));
}

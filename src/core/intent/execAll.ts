/**
 * Every match of a global (or sticky) regex, like `text.matchAll(regex)` but without the copy of
 * the regex that matchAll makes on each call: for the large phrase and name patterns that copy
 * costs microseconds, more than the scan of a short message. Not re-entrant for one regex.
 */
export function* execAll(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let found = regex.exec(text); found; found = regex.exec(text)) {
    // An empty match would be found again at the same place.
    if (found[0].length === 0) regex.lastIndex += 1;
    yield found;
  }
}

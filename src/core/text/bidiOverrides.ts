import type { NormalizedText } from '../normalizedText.js';

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
// What ends an override: its PDF (U+202C) or the end of the paragraph.
const OVERRIDE_END = /[\u202C\n\r\u2029]/g;

/**
 * Text inside a right-to-left override (U+202E … U+202C, or to the end of the line) is displayed
 * reversed: "\u202Emoc.liamg@ana\u202C" shows as "ana@gmail.com". Detection reads it the way it
 * displays. The reversed run maps to the whole override in the original, so a finding in it
 * highlights the run as typed. Nested embeddings are not modelled; the controls themselves are
 * dropped afterwards with the other invisible characters.
 */
export function readBidiOverrides(source: NormalizedText): NormalizedText {
  const text = source.text;
  let open = text.indexOf(RIGHT_TO_LEFT_OVERRIDE);
  if (open === -1) return source;
  const builder = source.derive();
  let copied = 0;
  while (open !== -1) {
    OVERRIDE_END.lastIndex = open + 1;
    const close = OVERRIDE_END.exec(text)?.index ?? text.length;
    builder.copy(copied, open + 1).replace(open + 1, close, [...text.slice(open + 1, close)].reverse().join(''));
    copied = close;
    open = text.indexOf(RIGHT_TO_LEFT_OVERRIDE, close);
  }
  return builder.copy(copied, text.length).build();
}

/** How one language says "@" and "." when an address is spelled out to dodge a filter. */
export interface AtDotWords {
  /** Words and idioms for "@" ("arroba", "собака", "a còng", "at sign"). */
  readonly at: readonly string[];
  /** Words for "." ("punto", "kropka", "ドット"). */
  readonly dot: readonly string[];
  /** Words for "_" ("guion bajo", "unterstrich"), named when an address is dictated in parts. */
  readonly underscore: readonly string[];
  /** Words for "/" in a link said aloud ("barra", "ukośnik", "斜杠"). */
  readonly slash?: readonly string[];
  /** Top-level domains and short labels written in the language's script ("কম" for "com"). */
  readonly domainWords?: Readonly<Record<string, string>>;
}

/** The mail providers of one market. */
export interface MailProviders {
  /** Names that are only a mailbox, with their domain: "ana at libero" is an address. */
  readonly mailboxes: Readonly<Record<string, string>>;
  /** Names that are everyday words too ("web", "orange", "wp"): an address only with the TLD typed. */
  readonly withTld: readonly string[];
  /** Provider names as written in the language's script or transliterated ("জিমেইল" for gmail). */
  readonly spellings?: Readonly<Record<string, string>>;
}

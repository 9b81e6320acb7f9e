/** The mail providers of one market. */
export interface MailProviders {
  /** Names that are only a mailbox, with their domain: "ana at libero" is an address. */
  readonly mailboxes: Readonly<Record<string, string>>;
  /** Names that are everyday words too ("web", "orange", "wp"): an address only with the TLD typed. */
  readonly withTld: readonly string[];
  /** Provider names as written in the language's script or transliterated ("জিমেইল" for gmail). */
  readonly spellings?: Readonly<Record<string, string>>;
  /**
   * The companies behind the mailboxes, as the language writes them: with a word for mail beside
   * them they name the mailbox ("correo de google", "गूगल वाली मेल", "グーグルのメール").
   */
  readonly companies?: readonly string[];
}

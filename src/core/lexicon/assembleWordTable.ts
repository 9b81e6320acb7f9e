/**
 * Words that describe an address instead of typing it: "my name, then the at sign, then gmail",
 * "same as my username here". Each list is one kind of cue; a described address needs a mail
 * provider and cues of several kinds in the same sentence.
 */
export interface AssembleWords {
  /** The parts: "my name", "surname". */
  readonly name: readonly string[];
  /** An account's name: "username", "login", "nick", "ID". */
  readonly account: readonly string[];
  /** Order: "then", "first", "at the end", "backwards". */
  readonly sequence: readonly string[];
  /** Joining: "together", "no spaces", "add". */
  readonly join: readonly string[];
  /** This platform: "here", "on this site". */
  readonly here: readonly string[];
  /** Reuse: "same as". */
  readonly same: readonly string[];
}

/**
 * Words right before a digit run that say what it is, per language, lower-case, "|" between
 * words. Chinese and Japanese cues match inside runs of letters (no spaces there).
 */
export interface IdCues {
  /** A phone number follows ("call", "tel", "номер", "电话"). */
  phone: string;
  /** An order, invoice, tracking, serial, model, part or account number follows. */
  ids: string;
  /**
   * Words that name an ID only with "number" by them: "customer no.", "numer odbiorcy", "कस्टमर नंबर"
   * (not "customer services 0870…").
   */
  numbered?: string;
  /** Street-address words right before a house, flat or postal number ("calle", "дом", "gali"). */
  address: string;
}

/**
 * The words that frame a payment request without naming an instrument, for one language: a share
 * of the price sent straight to the speaker (see `payment/directShare.ts`), and an account asked
 * for (see `payment/accountAsked.ts`). Entries as in `PaymentWordTable`: joined by "|", lower-case, a space for 1–3 spaces or
 * hyphens, a trailing "~" for a stem. Each field is a trie label, not a cue bit (the 32 bits are
 * full): nothing on its own.
 */
export interface PaymentFrameTable {
  /** A share of the price: half, a third ("la mitad", "setengahnya", "一半", "半額"). */
  portion?: string;
  /** The speaker as the one who receives: to me, me, "a mí", "ke saya", "sa akin", "bana", "给我". */
  toMe?: string;
  /**
   * A condition or a sequence: before, once, as soon as, if, then ("antes de", "sobald", "أول ما",
   * "jab", "kalau", "之前"). Also hides the particles a negation list would misread inside them
   * ("أول ما" is "as soon as", not "not").
   */
  condition?: string;
  /**
   * Committing to the offer's side of it: confirm, book, reserve, hold the date ("te confirmo",
   * "подтвержу", "أأكد الحجز", "chốt"). Read like accepting, with a condition, in `directShare`.
   */
  commit?: string;
  /**
   * Sending or transferring, as asked about ("which account do I send it to?", "kis account me
   * bheju?", "hangi hesaba göndereyim"): with a "which" word by an account word, in a question.
   */
  send?: string;
  /** A photo or screenshot ("send me a photo of your card", "foto de la tarjeta", "kart fotoğrafı"): right by an account or card word. */
  photo?: string;
}

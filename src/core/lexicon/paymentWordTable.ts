/**
 * The cue words of the payment reading, for one language. Each field is a list of entries joined
 * by "|", lower-case, as people type them in a chat. A space stands for 1–3 spaces or hyphens; a
 * trailing "~" makes an entry a stem ("przelew~" reads "przelewem"). Chinese and Japanese entries
 * are found inside runs of text; Arabic ones also after a glued "و", "ب", "ال".
 * See the README ("Payment markets") for what each field holds and how a language is added.
 */
export interface PaymentWordTable {
  /** Paying and money: pay, payment, transfer, deposit, tip, money, rent. */
  pay?: string;
  /** Accepting a way to pay: accept, I take, do you take. */
  accept?: string;
  /** Outside the platform: off-platform, directly, privately, without the app. */
  outside?: string;
  /** The platform's fee: fee, commission, service charge, the site's cut. */
  fee?: string;
  /**
   * The platform taking its share: takes, keeps, charges, "why give them". A fee only in a sentence
   * that names the platform (`venue`) or a percentage: "the app takes too much", "зачем им отдавать 15%".
   */
  take?: string;
  /** Both sides together: we both, for both of us, nos, a gente. A saving for both next to a fee is the request. */
  both?: string;
  /** A discount offered: a percentage next to one is a price ("10% de descuento"), not the platform's fee. */
  discount?: string;
  /** The platform's share named as theirs ("their cut", "la comisión de la página"): a fee and a take word at once. */
  theirFee?: string;
  /** A middleman ("no middleman", "sin intermediarios"): the fee, and going without it leaves the platform. */
  middleman?: string;
  /** Avoiding or saving it: avoid, save, skip, without, why pay, discount. */
  avoid?: string;
  /** Cash and in-person money: cash, in cash, in hand. */
  cash?: string;
  /** What is left to pay: the rest, balance, next milestones, last installment. */
  rest?: string;
  /** Payment details asked for or given: bank details, account number, card number, expiry, IFSC. */
  details?: string;
  /**
   * Words that make a named rail the way to pay: "via", "scan", "just", "please", "kar dena",
   * "aja", "na lang", "でお願い", "就行" ("GoPay aja", "phonepe kar dena"). Nothing on their own.
   */
  ask?: string;
  /**
   * Account words that are payment details only in a request for them: account, card, wallet
   * ("qual o número da sua conta?" asked as contact is asking for payment details).
   */
  account?: string;
  /** Asking whose name an account is in: "whose name", "a nombre de quién", "kiske naam" (with an account word). */
  holder?: string;
  /** The platform as a noun (site, app, platform): a percentage in its sentence is the platform's fee ("the site takes 20%"). */
  venue?: string;
  /**
   * "Where" and "which" words: asking where to send money ("where do I send the money?"), or which
   * bank, account or wallet number ("which bank are you with?", "jaki masz bank", "số nào") asks for
   * payment details. Nothing on their own.
   */
  where?: string;
  /**
   * A wallet's number or ID words: number, ID, key, QR, tag. Payment details right next to a rail's
   * name ("gcash number", "nomor OVO", "chave pix", "PayPayのID"), or after a "which" word with a
   * rail or a paying word in the sentence ("which number for GCash?"). Nothing on their own.
   */
  number?: string;
  /** Banks as a kind of account: asked for after a "which" word ("which bank are you with?", "qual o seu banco"). Nothing on their own. */
  bank?: string;
  /** Stores whose cards and codes are gift cards: "steam code", "گوگل پلے کارڈ" (the store, then a card or code word). */
  store?: string;
  /** Being given a gift card, not paying with one: birthday, I got, received (a gift card then needs a paying word). */
  gifted?: string;
  /** Gift cards (strong on their own). */
  gift?: string;
  /** Vouchers, top-ups and codes (a payment only next to a paying word). */
  voucher?: string;
  /** "Friends and family", "as a gift", "as a friend". */
  friends?: string;
  /** Stablecoins and networks, a payment on their own: USDT, TRC20, ERC20, BEP20. */
  crypto?: string;
  /** Coins, a payment next to a paying word or another coin: BTC, ETH, bitcoin. */
  coin?: string;
  /** Negations that make a clause a refusal: don't, never, no need to. */
  negation?: string;
  /**
   * Words that open a condition before a negation: "if", "si", "se", "إذا", "agar", "nếu"
   * ("se não tiver dinheiro aceito Google Play"): the negation then belongs to the condition.
   */
  ifBefore?: string;
  /**
   * Particles that close a condition after a negation, in verb-final languages: "to", "तो", "تو",
   * "থাকলে", "thì", "的话" ("cash nahi hai to redeem code chalega"). Read in the negation's own language.
   */
  ifAfter?: string;
  /** Talking about one's own business: my customers, my clients, my shop. */
  own?: string;
  /**
   * People who pay one's own business rather than the other side: parents, tenants, guests, patients.
   * Followed by a contrast and a clause that pays through the platform ("at my centre parents pay in
   * cash, but these lessons go through the site"), the sentence is about that business. A trie label, not a bit.
   */
  payers?: string;
  /**
   * The speaker approving a stage on the platform: "I approved", "aprobé", "onayladım", "承認しました".
   * Platform payment words whose reach goes on to the end of the sentence ("…, the payment should be
   * in your account"); see `releasedStageReach`.
   */
  released?: string;
  /** Contrast words: but, pero, aber, 但是. Nothing on their own (see `payers`). A trie label, not a bit. */
  contrast?: string;
  /** Warnings about scams: scam, fraud, beware, report. */
  warning?: string;
  /**
   * Words that warn only about a request quoted in the message: vanished, disappeared, blocked me,
   * "ojo", "dhyan se" ("someone wrote me 'send 30% by Pix' and vanished"). A trie label, not a bit.
   */
  warnQuoted?: string;
  /** A payment service as the topic of work: integration, dashboard, API. */
  topic?: string;
  /**
   * Working somewhere, not banking there: work at, job, employed ("what bank do you work at?").
   * A "which bank" question with one of these and no paying word is small talk. Nothing on their own.
   */
  job?: string;
  /**
   * Meeting to hand money over: in person, when we meet, at pickup, "en mano", "при встрече", "见面".
   * Cash next to a paying word or the rest ("the rest when we meet"). Nothing on their own.
   */
  inPerson?: string;
  /**
   * A code to scan for paying: QR, QR code, QRIS, 收款码. Asked for ("send me a QR", "apna QR bhej do")
   * in a sentence that pays, it asks for payment details. Nothing on their own.
   */
  payCode?: string;
  /** Phrases that hold a cue word but mean something else ("cashback", "hand delivery"): read and ignored. */
  neutral?: string;
  /**
   * Doing the deal or the work itself: deal, settle it, arrange, do it, the transaction, the next
   * jobs. Nothing on their own; next to a way out of the platform ("let's do the deal outside the
   * app", "next jobs without the app") they make the fee-avoidance request. A trie label, not a bit.
   */
  deal?: string;
  /**
   * The bare ways out that also say "outside" or "directly" about anything ("I'll wait outside",
   * "direkt nach der Arbeit"): also `outside` words, but too weak to partner a deal word. A trie label, not a bit.
   */
  direct?: string;
  /**
   * Talk about the rule itself: against the rules, not allowed, banned, 违规. A sentence with one is
   * about the rule, not a fee-avoidance deal ("私下交易是违规的"). A trie label, not a bit.
   */
  rule?: string;
}

import type { TermHit, TermSlot } from './channelTerms.js';

/** A clause of a message with the lexicon words found in it. */
export interface Clause {
  from: number;
  to: number;
  /** The clause ends with a question mark (or its sentence does, for a clause before a comma). */
  asks: boolean;
  hits: TermHit[];
  /** The sentence holding the clause talks about the rule ("the rules say no numbers"). */
  ruleTalk: boolean;
  /** The sentence holding the clause makes a polite proposal ("if you don't mind, …", "maybe …"). */
  suggests: boolean;
  /** The clause is the last of its sentence. */
  endsSentence: boolean;
}

// Where clauses end: sentence marks, commas and dashes of every covered script. A "." only ends a
// clause before a space or the end ("fb.com", "w.a" stay whole); dots typed as an ellipsis ("more... direct")
// are a pause like "…": they end the clause, not the sentence.
const CLAUSE_BREAK = /[!?;\n,，、،؛؟۔।॥。！？；…—–]|\.{2,}|\.(?=\s|$)/g;
const QUESTION = /[?？؟]/;
const SENTENCE_END = /[!?\n。！？؟۔।.]/;
const ELLIPSIS = /^\.{2,}$/;

/** Splits a text into clauses and hands each its lexicon words (hits must be sorted by `from`). */
export function readClauses(text: string, hits: readonly TermHit[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let sentence: Clause[] = [];
  const close = (end: number, mark: string) => {
    const clause: Clause = { from: start, to: end, asks: QUESTION.test(mark), hits: [], ruleTalk: false, suggests: false, endsSentence: false };
    clauses.push(clause);
    sentence.push(clause);
    if (mark === '' || (SENTENCE_END.test(mark) && !ELLIPSIS.test(mark))) {
      // A question mark at the end of a sentence asks its earlier clauses too ("Em có facebook ko, để chị gửi…" does not; "¿Te parece, lo hablamos por otro lado?" does).
      if (QUESTION.test(mark)) for (const earlier of sentence) earlier.asks = true;
      sentence = [];
    }
    start = end + mark.length;
  };
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(text); found; found = CLAUSE_BREAK.exec(text)) close(found.index, found[0]);
  close(text.length, '');
  let clause = 0;
  for (const hit of hits) {
    while (clause < clauses.length - 1 && hit.from >= clauses[clause]!.to) clause += 1;
    clauses[clause]!.hits.push(hit);
  }
  markSentences(text, clauses);
  return clauses;
}

const INVITING = new Set<TermSlot>(['move', 'ask', 'call', 'meet', 'detail', 'elsewhere', 'rest', 'there', 'suggest', 'easier', 'search']);

/** Rule talk and polite proposals hold for the whole sentence: "wenn's dir recht ist, klären wir das außerhalb der App". */
function markSentences(text: string, clauses: Clause[]): void {
  let first = 0;
  for (let index = 0; index < clauses.length; index += 1) {
    const clause = clauses[index]!;
    const endsSentence = index === clauses.length - 1 || (SENTENCE_END.test(text.charAt(clause.to)) && !text.startsWith('..', clause.to));
    if (!endsSentence) continue;
    const sentence = clauses.slice(first, index + 1);
    // "I saw your ad on Facebook, is the size 26.5?": where one saw the other's work is a mention, not
    // an invitation, unless another clause of the sentence asks, moves or calls (in the clause that
    // saw, "刷到你的视频", "投稿を見て連絡しました", the verb is about the work seen; a clause that
    // comes *here* for it invites nothing: "推荐我来这里找你").
    const seen = (part: Clause) => part.hits.some((hit) => hit.slot === 'seen');
    const invites = (part: Clause) => part.hits.some((hit) => INVITING.has(hit.slot)) && !part.hits.some((hit) => hit.slot === 'here');
    const mention = sentence.some(seen) && !sentence.some((part) => !seen(part) && invites(part));
    const ruleTalk = mention || sentence.some((part) => part.hits.some((hit) => hit.slot === 'rule'));
    // "it would be easier to…" proposes as much as "maybe…".
    const suggests = sentence.some((part) => part.hits.some((hit) => hit.slot === 'suggest' || hit.slot === 'easier'));
    for (const part of sentence) {
      part.ruleTalk = ruleTalk;
      part.suggests = suggests;
    }
    clause.endsSentence = true;
    first = index + 1;
  }
}

/** The first hit of one of the slots in a clause. */
export function firstOf(clause: Clause, ...slots: TermSlot[]): TermHit | undefined {
  return clause.hits.find((hit) => slots.includes(hit.slot));
}

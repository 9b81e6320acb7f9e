// @vitest-environment node
import { checkMessage } from '../../src/core/policy/checkMessage';
import { removeWithCues } from '../../src/core/removal/removeWithCues';
import { mapThroughChange, textChange } from '../../src/core/removal/textChange';

/** What "Remove contact details" leaves of a draft: every finding the policy objects to, with its cue words. */
const removeFlagged = (text: string) =>
  removeWithCues(text, checkMessage(text, { contractState: 'none' }).violations.map((violation) => violation.match)).text;

// [draft, what is left]: every result must read as a sentence (or be empty when the draft was only a detail).
const SENTENCES: ReadonlyArray<readonly [string, string]> = [
  // English
  ['sure, text me on nine one seven four four two oh one eight eight', 'sure'],
  ['mail me at ana@mail.co thanks', 'thanks'],
  ['Great, my address is ana@mail.co and we can start', 'Great, we can start'],
  ['Sure! Text me on +1 917 442 0188 or ana.designs (at) gmail (dot) com', 'Sure!'],
  ['my email is ana@mail.co, see you', 'see you'],
  ['You can see more of my work at myportfolio.io', 'You can see more of my work'],
  ['Pay me via PayPal and I will give you a 10% discount', 'I will give you a 10% discount'],
  ['Hi, my number is +1 917 442 0188. Thanks for reaching out', 'Hi. Thanks for reaching out'],
  ['Thanks for the brief. My email is ana@mail.co, I check it daily.', 'Thanks for the brief. I check it daily.'],
  ["Sounds good, email me at ana@mail.co and I'll send the files", "Sounds good, I'll send the files"],
  ['Phone: +1 917 442 0188', ''],
  ['Call me on +44 7700 900123 tomorrow after lunch', 'Tomorrow after lunch'],
  [
    'The logo is ready, see the draft at https://myportfolio.io/logo and tell me what you think',
    'The logo is ready, see the draft and tell me what you think',
  ],
  ["you can reach me at ana@mail.co or +1 917 442 0188 if that's easier", "if that's easier"],
  ['add me on instagram @ana.designs for more samples', 'for more samples'],
  ['send the deposit to paypal.me/ana before we start', 'before we start'],
  ["Let's continue on WhatsApp, it's easier", "It's easier"],
  ['See myportfolio.io or call +1 917 442 0188 tonight', 'Tonight'],
  ["I'm on WhatsApp: +1 917 442 0188", ''],
  // Spanish
  ['escríbeme al +34 612 345 678 y hablamos', 'hablamos'],
  ['Hola, mi correo es ana@mail.co, gracias', 'Hola, gracias'],
  ['Perfecto, llámame al 612 345 678 mañana', 'Perfecto, mañana'],
  ['mi número es 612 345 678 y mi correo es ana@mail.co', ''],
  // French
  ['Bonjour, écris-moi sur WhatsApp au 06 12 34 56 78 merci', 'Bonjour, merci'],
  ['Mon numéro est 06 12 34 56 78, à bientôt', 'À bientôt'],
  ['Merci ! Mon email est ana@mail.fr et je réponds vite', 'Merci ! Je réponds vite'],
  // German
  ['Schreib mir an ana@mail.de, danke', 'Danke'],
  ['Hallo, meine Nummer ist +49 151 23456789. Bis morgen', 'Hallo. Bis morgen'],
  ['Ruf mich an unter +49 151 23456789 oder schreib mir an ana@mail.de', ''],
  // Portuguese
  ['Olá, meu zap é 11 91234-5678 e podemos falar', 'Olá, podemos falar'],
  ['Me chama no whatsapp 11 91234-5678 amanhã', 'Amanhã'],
  // Italian
  ['Ciao, scrivimi a ana@mail.it per i dettagli', 'Ciao, per i dettagli'],
  ['Il mio numero è 333 123 4567, grazie', 'Grazie'],
];

describe('removeWithCues: the sentence still reads after "Remove contact details"', () => {
  it.each(SENTENCES)('%j → %j', (draft, expected) => {
    expect(removeFlagged(draft)).toBe(expected);
  });

  it.each(SENTENCES)('%j leaves no stray spaces, punctuation or cue words, and nothing flagged', (draft) => {
    const left = removeFlagged(draft);
    expect(left).not.toMatch(/ {2}|^[\s,;:.!?]|\s$|[^\s!?]\s[,;.]|[,;:]$/);
    // A cue left dangling at the end ("sure, on", "text me") is what the old removal produced.
    expect(left).not.toMatch(/\b(?:on|at|is|to|al|au|an|sur|me)$/i);
    expect(checkMessage(left, { contractState: 'none' }).violations).toEqual([]);
  });

  it('has at least 30 sentences in six languages', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(30);
  });
});

describe('removeWithCues: what stays', () => {
  it('keeps words that carry meaning of their own before a detail', () => {
    const text = 'I sent the contract to ana@mail.co yesterday';
    const start = text.indexOf('ana@');
    // "to" goes with the detail; "I sent the contract" is the message.
    expect(removeWithCues(text, [{ start, end: start + 11 }]).text).toBe('I sent the contract yesterday');
  });

  it('does not read a cue inside another word ("often" is not "on")', () => {
    const text = 'I write often ana@mail.co';
    const start = text.indexOf('ana@');
    expect(removeWithCues(text, [{ start, end: start + 11 }]).text).toBe('I write often');
  });

  it('keeps a word between two details when it is more than a joining word', () => {
    const text = 'ana@mail.co is old, use bob@mail.co';
    expect(removeWithCues(text, [{ start: 0, end: 11 }, { start: 24, end: 35 }]).text).toBe('is old, use');
  });

  it('returns the text unchanged for no spans, empty or out-of-range spans', () => {
    expect(removeWithCues('hello there', []).text).toBe('hello there');
    expect(removeWithCues('hello there', [{ start: 3, end: 3 }, { start: 5, end: 99 }]).text).toBe('hello there');
  });

  it('merges overlapping spans', () => {
    expect(removeWithCues('x ana@mail.co y', [{ start: 2, end: 9 }, { start: 5, end: 13 }]).text).toBe('x y');
  });

  it('uses the cue words it is given (a language the defaults lack)', () => {
    const cues = { nl: { phrases: ['bel me'], labels: [], prepositions: ['op'], connectors: ['en'] } };
    const text = 'Prima, bel me op 06 12345678 en tot morgen';
    const start = text.indexOf('06');
    expect(removeWithCues(text, [{ start, end: start + 11 }], { cues }).text).toBe('Prima, tot morgen');
  });

  it('carries the caret over the edit', () => {
    const text = 'hi, text me on 0612 345 678 thanks';
    const start = text.indexOf('0612');
    const after = removeWithCues(text, [{ start, end: start + 12 }], { caret: text.length });
    expect(after.text).toBe('hi, thanks');
    expect(after.caret).toBe(after.text.length);
    expect(removeWithCues(text, [{ start, end: start + 12 }], { caret: 2 }).caret).toBe(2);
  });
});

describe('textChange', () => {
  it.each([
    ['call me on 555 now', 'call me now', { from: 8, to: 15, insert: '' }],
    ['abc', 'abc', { from: 3, to: 3, insert: '' }],
    ['', 'new', { from: 0, to: 0, insert: 'new' }],
    ['a😀b', 'a😃b', { from: 1, to: 3, insert: '😃' }],
  ])('%j → %j is one replacement', (before, after, expected) => {
    const change = textChange(before, after);
    expect(change).toEqual(expected);
    expect(before.slice(0, change.from) + change.insert + before.slice(change.to)).toBe(after);
  });

  it('maps a caret before, inside and after the change', () => {
    const change = { from: 4, to: 10, insert: 'xy' };
    expect([2, 6, 12].map((caret) => mapThroughChange(caret, change))).toEqual([2, 6, 8]);
  });
});

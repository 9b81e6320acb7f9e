// @vitest-environment node
import { ALL_CATALOGUES } from '../../src/messages/all';
import { en } from '../../src/messages/en';
import type { MessageCatalogue, Messages } from '../../src/messages/index';
import { type PluralForms, pluralMessage } from '../../src/messages/pluralMessage';
import { MESSAGE_SAMPLES } from '../../stories/support/messageSamples';

const TAGS = Object.keys(ALL_CATALOGUES).filter((tag) => tag !== 'en');
// Shared with the Docs/Wording page; a function key of en.ts without samples fails below.
const SAMPLE_CALLS = MESSAGE_SAMPLES;

/** Texts that are genuinely the same as the English, per locale, with the reason. Key: `key` or `key(args)`. */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  fr: { composerLabel: '“Message” is the French word too.' },
  it: { 'findingTitle(["url"])': '“link” is the usual Italian word.' },
  pl: { 'findingTitle(["url"])': '“link” is the usual Polish word.' },
  de: {
    'findingTitle(["url"])': 'German “Link” is the English word, capitalised as a noun.',
    'found(["url",2])': 'German “Links” is the English word, capitalised as a noun.',
    'found(["url",5])': 'German “Links” is the English word, capitalised as a noun.',
    'found(["url",21])': 'German “Links” is the English word, capitalised as a noun.',
  },
  'pt-BR': {
    'findingTitle(["url"])': '“link” is the usual Brazilian Portuguese word.',
    'found(["url",2])': '“links” is the usual Brazilian Portuguese word.',
    'found(["url",5])': '“links” is the usual Brazilian Portuguese word.',
    'found(["url",21])': '“links” is the usual Brazilian Portuguese word.',
  },
};

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/** Everything wrong with one catalogue, as readable lines ("fr: tooLong([80]) is still English"). */
function catalogueProblems(tag: string, catalogue: MessageCatalogue): string[] {
  const problems: string[] = [];
  const allowed = SAME_AS_ENGLISH[tag] ?? {};
  for (const key of Object.keys(catalogue)) if (!(key in en)) problems.push(`${tag}: ${key} is not a key of en`);
  for (const key of Object.keys(en) as (keyof Messages)[]) {
    const english = en[key];
    const value = catalogue[key];
    if (value === undefined) {
      problems.push(`${tag}: ${key} is missing`);
      continue;
    }
    if (typeof english === 'string') {
      if (typeof value !== 'string') problems.push(`${tag}: ${key} should be a string`);
      else if (value.trim() === '') problems.push(`${tag}: ${key} is empty`);
      else if (sameText(value, english) && !allowed[key]) problems.push(`${tag}: ${key} is still English (“${value}”)`);
      continue;
    }
    const samples = SAMPLE_CALLS[key];
    if (!samples) {
      problems.push(`${tag}: ${key} is a function with no sample arguments in this test: add them to MESSAGE_SAMPLES (stories/support/messageSamples.ts)`);
      continue;
    }
    for (const args of samples) {
      const label = `${key}(${JSON.stringify(args)})`;
      const englishText = (english as (...a: unknown[]) => string)(...args);
      const text = (value as (...a: unknown[]) => unknown)(...args);
      if (typeof text !== 'string') problems.push(`${tag}: ${label} returned ${typeof text}`);
      else if (englishText === '' ? text !== '' : text.trim() === '') problems.push(`${tag}: ${label} is ${text === '' ? 'empty' : `“${text}” where English is empty`}`);
      else if (englishText !== '' && sameText(text, englishText) && !allowed[label]) problems.push(`${tag}: ${label} is still English (“${text}”)`);
    }
  }
  return problems;
}

describe('every catalogue has every key of en.ts, translated', () => {
  it.each(TAGS)('%s', (tag) => {
    expect(catalogueProblems(tag, ALL_CATALOGUES[tag]!)).toEqual([]);
  });

  it('reports a key that en.ts gained and a catalogue lacks, an empty text and a text left in English', () => {
    const { retry: _retry, ...withoutRetry } = ALL_CATALOGUES.fr!;
    const french = ALL_CATALOGUES.fr!;
    const broken: MessageCatalogue = {
      ...withoutRetry,
      send: ' ',
      sendAnyway: 'Send anyway',
      maskedDetail: (kind) => (kind === 'url' ? '[link hidden]' : french.maskedDetail!(kind)),
    };
    expect(catalogueProblems('fr', broken)).toEqual([
      'fr: send is empty',
      'fr: sendAnyway is still English (“Send anyway”)',
      'fr: retry is missing',
      'fr: maskedDetail(["url"]) is still English (“[link hidden]”)',
    ]);
  });

  it('lists only exceptions that are still needed', () => {
    const stale = Object.entries(SAME_AS_ENGLISH).flatMap(([tag, keys]) =>
      Object.keys(keys).filter((label) => {
        const [, key, args] = /^(\w+)(?:\((.*)\))?$/.exec(label)!;
        const catalogue = ALL_CATALOGUES[tag] as Record<string, unknown>;
        const english = (en as unknown as Record<string, unknown>)[key!];
        const call = (message: unknown) => (args ? (message as (...a: unknown[]) => string)(...(JSON.parse(args) as unknown[])) : (message as string));
        return !sameText(call(catalogue[key!]), call(english));
      }).map((label) => `${tag}: ${label}`),
    );
    expect(stale).toEqual([]);
  });
});

// en and es are written as count === 1 checks (they predate the plural helper and are being
// reworded in parallel, issue 14): their one/other split is right for every count they show.
const PLURAL_EXEMPT = new Set(['en', 'es']);
const COUNTED_KEYS = ['found', 'charactersLeft', 'tooLong'] as const;

interface WithForms {
  forms: PluralForms | Record<string, PluralForms>;
}
const hasForms = (value: unknown): value is WithForms => typeof value === 'function' && 'forms' in value;
const formTables = (value: WithForms): [string, PluralForms][] =>
  'other' in value.forms && typeof value.forms.other === 'string' ? [['', value.forms as PluralForms]] : Object.entries(value.forms as Record<string, PluralForms>);

/** Count-taking messages that skip the plural helper, and forms missing for the locale's categories. */
function pluralProblems(tag: string, catalogue: MessageCatalogue): string[] {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const values = catalogue as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of COUNTED_KEYS) if (!hasForms(values[key])) problems.push(`${key} takes a count but is not built with pluralMessage/foundMessage`);
  for (const [key, value] of Object.entries(values)) {
    if (!hasForms(value)) continue;
    for (const [kind, forms] of formTables(value)) {
      for (const category of categories) {
        if (!forms[category]?.trim()) problems.push(`${key}${kind ? `.${kind}` : ''} has no “${category}” form`);
      }
    }
  }
  return problems;
}

describe('plural forms follow Intl.PluralRules', () => {
  it.each(TAGS.filter((tag) => !PLURAL_EXEMPT.has(tag)))('%s has a form for every category its plural rules use', (tag) => {
    expect(pluralProblems(tag, ALL_CATALOGUES[tag]!)).toEqual([]);
  });

  it('reports a missing form and a count written without the helper', () => {
    const russian = ALL_CATALOGUES.ru!;
    const broken: MessageCatalogue = {
      ...russian,
      charactersLeft: pluralMessage('ru', { one: 'Остался # символ', other: 'Осталось # символа' }),
      tooLong: (maxLength) => `не более ${maxLength} символов`,
    };
    expect(pluralProblems('ru', broken)).toEqual([
      'tooLong takes a count but is not built with pluralMessage/foundMessage',
      'charactersLeft has no “few” form',
      'charactersLeft has no “many” form',
    ]);
  });

  it('needs several forms where the language has them', () => {
    expect(new Intl.PluralRules('ru').resolvedOptions().pluralCategories).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    expect(new Intl.PluralRules('pl').resolvedOptions().pluralCategories).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toEqual(
      expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']),
    );
  });
});

// @vitest-environment node
import { ALL_CATALOGUES } from '../../src/messages/all';
import { en } from '../../src/messages/en';
import { es } from '../../src/messages/es';
import { MESSAGE_CATALOGUES, resolveMessages } from '../../src/messages/index';
import { matchCatalogue } from '../../src/messages/matchCatalogue';
import { formatList, formatNumber, pluralMessage } from '../../src/messages/pluralMessage';

const SHIPPED = Object.keys(ALL_CATALOGUES);

describe('matchCatalogue', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['ar-EG', 'ar'],
    ['es_MX', 'es'],
    ['EN-gb', 'en'],
    ['ja-JP', 'ja'],
  ])('%s → %s', (locale, tag) => {
    expect(matchCatalogue(locale, SHIPPED)).toBe(tag);
  });

  it.each(['zh-TW', 'zh-Hant', 'sr-Latn', 'nl', '', 'not a tag!'])('%j has no catalogue', (locale) => {
    expect(matchCatalogue(locale, SHIPPED)).toBeUndefined();
  });

  it('prefers the same region when a language has several catalogues', () => {
    expect(matchCatalogue('pt-PT', ['pt-BR', 'pt-PT'])).toBe('pt-PT');
    expect(matchCatalogue('pt', ['pt-PT', 'pt-BR'])).toBe('pt-BR'); // pt's likely region is Brazil
  });
});

describe('resolveMessages', () => {
  it('keeps the built-in catalogues as they are', () => {
    expect(resolveMessages('en')).toBe(en);
    expect(resolveMessages('es-MX')).toBe(es);
    expect(Object.keys(MESSAGE_CATALOGUES)).toEqual(['en', 'es']);
  });

  it('uses a loaded catalogue for its locale, and English for a key it lacks', () => {
    const { retry: _retry, ...partial } = ALL_CATALOGUES.fr!;
    const copy = resolveMessages('fr-BE', undefined, { fr: partial });
    expect(copy.send).toBe('Envoyer');
    expect(copy.retry).toBe(en.retry);
  });

  it('applies overrides over a loaded catalogue', () => {
    expect(resolveMessages('de', { send: 'Abschicken' }, ALL_CATALOGUES).send).toBe('Abschicken');
    expect(resolveMessages('de', { send: 'Abschicken' }, ALL_CATALOGUES).retry).toBe('Erneut versuchen');
  });
});

describe('plural forms, lists and numbers per locale', () => {
  const charactersLeft = pluralMessage('ru', { one: 'Остался # символ', few: 'Осталось # символа', many: 'Осталось # символов', other: 'Осталось # символа' });

  it.each([
    [1, 'Остался 1 символ'],
    [2, 'Осталось 2 символа'],
    [5, 'Осталось 5 символов'],
    [11, 'Осталось 11 символов'],
    [21, 'Остался 21 символ'],
    [24, 'Осталось 24 символа'],
    [1.5, 'Осталось 1,5 символа'],
    [20000, 'Осталось 20\u00a0000 символов'],
  ])('ru: %d → %s', (count, text) => {
    expect(charactersLeft(count)).toBe(text);
  });

  it('picks each of the six Arabic forms', () => {
    const arabic = ALL_CATALOGUES.ar!.charactersLeft!;
    const forms = [0, 1, 2, 3, 11, 100].map((count) => arabic(count));
    expect(new Set(forms).size).toBe(6);
    expect(arabic(2)).toBe('يتبقى حرفان');
  });

  it('formats numbers and lists the locale’s way', () => {
    expect(formatNumber('fr', 20000)).toBe('20\u202f000');
    expect(formatNumber('de', 20000)).toBe('20.000');
    expect(formatList('ja', ['A', 'B'])).toBe('A、B');
    expect(formatList('es', ['A', 'B', 'C'])).toBe('A, B y C');
    expect(ALL_CATALOGUES.fr!.tooLong!(20000)).toBe('Un message peut contenir au maximum 20\u202f000 caractères.');
  });
});

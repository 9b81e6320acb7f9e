// @vitest-environment node
import { createWordTrie } from '../../../src/core/payment/wordTrie';

const trie = createWordTrie();
trie.add('cash', 1);
trie.add('cash app', 2, 'cashapp');
trie.add('przelew~', 4);
trie.add('现金', 8);
trie.add('حساب~', 16);
trie.add('ない', 32);
const read = (text: string) => trie.find(text).map((hit) => [text.slice(hit.from, hit.to), hit.tags, hit.label]);

describe('word trie', () => {
  it.each([
    ['pay in cash', [['cash', 1, undefined]]],
    ['my Cash  App is fine', [['Cash  App', 2, 'cashapp']]],
    ['cash-app', [['cash-app', 2, 'cashapp']]],
    ['cashback', []],
    ['zapłać przelewem', [['przelewem', 4, undefined]]],
    ['当面付现金吧', [['现金', 8, undefined]]],
    ['حوله على حسابي', [['حسابي', 16, undefined]]],
    ['بالحساب', [['بالحساب', 16, undefined]]],
    ['PayPayの送金', []],
  ])('reads %j', (text, hits) => {
    expect(read(text)).toEqual(hits);
  });

  it('reads a Latin entry next to Chinese or Japanese text', () => {
    const mixed = createWordTrie();
    mixed.add('paypay', 1);
    expect(mixed.find('PayPayの送金').map((hit) => hit.to)).toEqual([6]);
  });

  it('keeps offsets when lower-casing changes the length', () => {
    expect(read('İstanbul cash')).toEqual([['cash', 1, undefined]]);
  });

  it('reads words in a text with a Turkish capital "İ", the "İ" as "i"', () => {
    const turkish = createWordTrie();
    turkish.add('ininal', 1);
    turkish.add('cash', 2);
    expect(turkish.find('İyi günler, İninal ile cash').map((hit) => hit.tags)).toEqual([1, 2]);
  });

  it('does not read a two-letter word after an Arabic particle', () => {
    const arabic = createWordTrie();
    arabic.add('ما', 1);
    expect(arabic.find('لما أخلص')).toEqual([]);
    expect(arabic.find('ما تحول')).toHaveLength(1);
  });

  it('refuses "~" inside an entry', () => {
    expect(() => createWordTrie().add('kart~ podarunkow~', 1)).toThrow(/only ends an entry/);
  });
});

describe('word trie, read again after an edit', () => {
  it('finds what a fresh trie finds in every draft of a message typed, edited and cut', () => {
    const build = () => {
      const built = createWordTrie();
      for (const [entry, tags] of [['cash', 1], ['cash app', 2], ['przelew~', 4], ['现金', 8], ['حساب~', 16], ['pay', 32], ['pay pal', 64]] as const) built.add(entry, tags);
      return built;
    };
    const typed = build();
    const message = 'send it by cash app or pay pal, przelewem, 现金 or بالحساب; cashback is not cash';
    const drafts = [
      ...Array.from({ length: message.length }, (_, length) => message.slice(0, length + 1)),
      message.replace('cash app', 'cash  app'),
      message.replace('pay pal', 'paypal'),
      message.slice(0, 20),
      `${message.slice(0, 20)}p`,
      message.replace('przelewem', 'przelew'),
      message,
    ];
    for (const draft of drafts) expect(typed.find(draft)).toEqual(build().find(draft));
  });
});

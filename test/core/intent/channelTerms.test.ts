// @vitest-environment node
import { findChannelTerms } from '../../../src/core/intent/channelTerms';

const platformsIn = (text: string) =>
  findChannelTerms(text)
    .filter((hit) => hit.slot === 'platform')
    .map((hit) => [text.slice(hit.from, hit.to), hit.platform]);

describe('findChannelTerms: platform names as people type them', () => {
  it.each([
    ['pisz na telegramie', [['telegramie', 'telegram']]],
    ["instagram'dan yaz", [["instagram'dan", 'instagram']]],
    ['вотсапу напиши', [['вотсапу', 'whatsapp']]],
    ['بالواتساب أحسن', [['بالواتساب', 'whatsapp']]],
    ['T e l e g r a m please', [['T e l e g r a m', 'telegram']]],
    ['whats app me', [['whats app', 'whatsapp']]],
    ['加我微信', [['微信', 'wechat']]],
    ['ラインで', [['ライン', 'line']]],
  ])('finds the platform in %j', (text, expected) => {
    expect(platformsIn(text)).toEqual(expected);
  });

  it.each([
    // everyday words and look-alikes are not platforms
    'an instant reply',
    'telefon kaputt',
    'オンラインで打ち合わせ',
    'guidelines for the linear layout',
    'customer.telegram field in the schema',
  ])('finds no platform in %j', (text) => {
    expect(platformsIn(text)).toEqual([]);
  });

  it('reads verbs, detail words and questions in unspaced scripts', () => {
    const slots = findChannelTerms('能告诉我你的电话号码吗').map((hit) => hit.slot);
    expect(slots).toEqual(expect.arrayContaining(['ask', 'yours', 'detail', 'question']));
  });
});

describe('findChannelTerms, read again after an edit', () => {
  // The tokenizer and the word readings are remembered from the last text: reading an unrelated
  // text first makes the next read start from scratch.
  const fromScratch = (text: string) => {
    findChannelTerms('\u2063');
    return findChannelTerms(text);
  };

  it('finds the same terms in every draft of a message typed, edited and cut as read from scratch', () => {
    const message = 'can we move to whats app or T e l e g r a m? écrivez-moi sur insta, call me, my number is in the bio';
    const drafts = [
      ...Array.from({ length: message.length }, (_, length) => message.slice(0, length + 1)),
      message.replace('whats app', 'whatsapp'),
      message.replace('T e l e g r a m', 'T e l e g r a'),
      message.slice(0, 25),
      `${message.slice(0, 25)}s`,
      message.replace('insta', 'instagram'),
      message,
    ];
    for (const draft of drafts) {
      const typed = findChannelTerms(draft);
      expect(typed).toEqual(fromScratch(draft));
      findChannelTerms(draft);
    }
  });
});

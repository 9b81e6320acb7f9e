import type { NumberWords } from '../numberWords.js';

// Kanji digits come from the Chinese table; these are the katakana readings.
export const numberWords: NumberWords = {
  digits: 'ゼロ レイ マル|イチ ヒト|ニー|サン|ヨン|ゴー|ロク|ナナ シチ|ハチ|キュウ キュー',
  // One-character readings are parts of ordinary katakana words too.
  homophones: '|||||ゴ|||||ク',
  unspaced: true,
};

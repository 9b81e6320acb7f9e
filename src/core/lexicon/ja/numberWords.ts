import type { NumberWords } from '../numberWordTable.js';

// Kanji digits come from the Chinese table; these are the katakana readings.
export const numberWords: NumberWords = {
  // Katakana and hiragana readings ("ぜろきゅうぜろ").
  digits: 'ゼロ レイ マル ぜろ れい まる|イチ ヒト いち|ニー にー|サン さん|ヨン よん|ゴー ごー|ロク ろく|ナナ シチ なな しち|ハチ はち|キュウ キュー きゅう きゅー',
  // One-character readings are parts of ordinary words too (に is also a particle).
  homophones: '||に|||ゴ ご||||ク く',
  unspaced: true,
};

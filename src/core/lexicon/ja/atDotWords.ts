import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (ja). */
export const AT_DOT_WORDS_JA: AtDotWords = {
  at: ['あっと', 'アット', 'アットマーク', 'あっとまーく'],
  dot: ['ドット', 'どっと'],
  underscore: ['アンダーバー'],
  slash: ['スラッシュ'],
  domainWords: { コム: 'com', じぇーぴー: 'jp', ジェーピー: 'jp' },
};

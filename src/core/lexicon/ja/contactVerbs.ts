/** Japanese contact verbs and endings (see en/contactVerbs.ts for the slots); matched inside unspaced text. */
export const contactVerbs = {
  move: ['返信', '返事', 'やり取り', 'やりとり', '連絡', '面談', '話し', '移動', '追加', '友達', 'メッセージ', '打ち合わせ', 'チャット', '移り', '移って', 'フォロー', 'dm'],
  ask: ['教えて', '送って', 'ください', '下さい', '交換', 'くれ'],
  call: ['電話', '通話'],
  search: ['検索', '探して', 'さがして'],
  have: ['やって', '使って', 'あります', 'よろしい', 'いい', 'できます'],
  question: ['か', 'ますか', 'ませんか', 'でしょうか'],
  why: [] as string[],
  negation: ['ない', 'ません', 'できない'],
  how: ['どうやって', 'どこで', 'どこに', 'どちらで', 'どのように'],
  suggest: ['差し支え', 'よければ', 'できれば', 'しませんか', 'しましょう', 'ましょう'],
  easier: ['楽', '便利', '簡単', '方が'],
  habit: ['よく見', 'よく使', 'いつも'],
  meet: [] as string[],
};

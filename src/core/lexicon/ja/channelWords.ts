/** Japanese channel words (see en/channelWords.ts for the slots); matched inside unspaced text. */
export const channelWords = {
  detail: ['電話番号', '連絡先', 'メールアドレス', 'メアド', 'メール', '携帯番号', 'ライン id'],
  weakDetail: ['番号', 'アカウント'],
  yours: ['あなたの'],
  elsewhere: ['外部', '外で', '直接', '別のアプリ', '他のアプリ', '個別', '別の場所', '他の場所', '別の方法', '他の方法', '他に', 'アプリの外', 'サイト以外', 'サイトの外'],
  label: ['アカウント名', 'アカウント', 'ユーザー名', '名前', '検索'],
  here: ['ここで', 'こちらで', 'サイト内', 'アプリ内'],
  rule: ['規約', 'ルール'],
  warning: ['注意', '詐欺', '怪しい', '通報'],
  ours: ['弊社の', 'お店の', '弊社', '当店'],
  me: ['私に'],
  there: ['そっち', 'そちら', 'あっち', '向こう'],
  rest: ['続き', '残り'],
};

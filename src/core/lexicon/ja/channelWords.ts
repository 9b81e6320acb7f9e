/** Japanese channel words (see en/channelWords.ts for the slots); matched inside unspaced text. */
export const channelWords = {
  detail: ['電話番号', '連絡先', 'メールアドレス', 'メアド', 'メール', '携帯番号', 'ライン id'],
  weakDetail: ['番号', 'アカウント'],
  yours: ['あなたの'],
  elsewhere: ['外部', '外で', '直接', '別のアプリ', '他のアプリ', '個別', '別の場所', '他の場所', '別の方法', '他の方法', '他に', 'アプリの外', 'サイト以外', 'サイトの外', '他の所', '別の所', '他のところ', '別のところ'],
  label: ['アカウント名', 'アカウント', 'ユーザー名', '名前', '検索'],
  here: ['ここで', 'こちらで', 'サイト内', 'アプリ内', 'こちらから', 'ここから'],
  rule: ['規約', 'ルール'],
  warning: ['注意', '詐欺', '怪しい', '通報'],
  ours: ['弊社の', 'お店の', '弊社', '当店'],
  me: ['私に'],
  self: ['私', '僕', '俺', 'にいます'],
  there: ['そっち', 'そちら', 'あっち', '向こう'],
  rest: ['続き', '残り'],
  work: ['動画', '投稿', '広告', 'スタンプ', 'ボット', 'コンテンツ', 'リール', 'ページ', 'ショップ', 'チャンネル', 'フォロワー'],
  appWord: ['アプリ'],
  otherApp: ['別の', '他の', 'ほかの', '違う', '緑の', '緑', '青い', '青の', '紫の'],
  seen: ['拝見', '見ました', '見かけ', '見つけ', 'を見て'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['何かあったら', '何かあれば', 'いつでも', '何かございましたら'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['着いたら', '到着', '下に着', '近くに来たら', '門に着いたら', '門に着', '玄関に着いたら', '着きましたら'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['私の', '僕の', '俺の'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['プロフに', 'プロフィールに'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['けど', 'でも'],
};

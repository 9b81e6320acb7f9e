/** Japanese names in katakana and short forms: "ライン", "インスタ", "ツイッター", "カカオトーク"… */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  line: ['ライン', 'line@', 'lineid', 'らいん', 'ﾗｲﾝ'],
  instagram: ['インスタ', 'インスタグラム', 'いんすた', 'ｲﾝｽﾀ'],
  x: ['ツイッター', 'エックス', 'ツイッタ', 'ツイ垢', 'ついったー'],
  facebook: ['フェイスブック', 'メッセンジャー', 'フェースブック'],
  kakaotalk: ['カカオトーク', 'カカオ'],
  whatsapp: ['ワッツアップ', 'ワッツアプ'],
  telegram: ['テレグラム', 'テレグラ', 'テレグ', 'ﾃﾚｸﾞﾗﾑ'],
  discord: ['ディスコード', 'ディスコ'],
  skype: ['スカイプ'],
  tiktok: ['ティックトック', 'ティクトク'],
  wechat: ['ウィーチャット'],
  signal: ['シグナル'],
  zoom: ['ズーム'],
  threads: ['スレッズ'],
  youtube: ['ユーチューブ'],
  snapchat: ['スナチャ'],
};

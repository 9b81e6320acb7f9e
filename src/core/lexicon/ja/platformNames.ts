/** Japanese names in katakana and short forms: "ライン", "インスタ", "ツイッター", "カカオトーク"… */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  line: ['ライン', 'line', 'line@', 'lineid'],
  instagram: ['インスタ', 'インスタグラム', 'インスタグラム'],
  x: ['ツイッター', 'エックス', 'ツイッタ'],
  facebook: ['フェイスブック', 'フェイスブック', 'メッセンジャー', 'fb'],
  kakaotalk: ['カカオトーク', 'カカオ'],
  whatsapp: ['ワッツアップ', 'ワッツアップ'],
  telegram: ['テレグラム'],
  discord: ['ディスコード', 'ディスコ'],
  skype: ['スカイプ'],
  tiktok: ['ティックトック', 'ティックトック'],
  wechat: ['ウィーチャット'],
  signal: ['シグナル'],
  zoom: ['ズーム'],
};

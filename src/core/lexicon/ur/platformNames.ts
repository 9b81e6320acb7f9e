/** Urdu names: "واٹس ایپ", "وٹس ایپ", "امو", "انسٹا", "اسکائپ". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['واٹس ایپ', 'وٹس ایپ', 'واٹساپ', 'وٹساپ', 'واٹس', 'وٹس'],
  telegram: ['ٹیلیگرام', 'ٹیلگرام'],
  imo: ['امو', 'ایمو', 'آئمو'],
  instagram: ['انسٹاگرام', 'انسٹا'],
  facebook: ['فیسبک', 'میسنجر'],
  skype: ['اسکائپ', 'سکائپ'],
  signal: ['سگنل'],
  linkedin: ['لنکڈان', 'لنکڈ اِن'],
  tiktok: ['ٹکٹاک'],
  snapchat: ['اسنیپ چیٹ', 'سنیپ'],
};

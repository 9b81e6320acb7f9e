/** Arabic names, with and without the article ("الواتس", "واتساب", "الماسنجر", "الايمو"); Arabizi in Latin script. */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['واتساب', 'واتسآب', 'واتس', 'وتساب', 'وتس', 'واتسب', 'ويتساب'],
  telegram: ['تليجرام', 'تلجرام', 'تيليجرام', 'تيليغرام', 'تلغرام', 'تليغرام', 'تلي'],
  signal: ['سيجنال', 'سغنال'],
  viber: ['فايبر'],
  imo: ['ايمو', 'إيمو'],
  instagram: ['انستجرام', 'انستغرام', 'إنستغرام', 'انستا', 'إنستا', 'انستقرام'],
  facebook: ['فيسبوك', 'فيس', 'ماسنجر', 'مسنجر'],
  snapchat: ['سناب', 'سنابشات'],
  tiktok: ['تيكتوك'],
  skype: ['سكايب'],
  discord: ['ديسكورد'],
  x: ['تويتر', 'اكس'],
  linkedin: ['لينكدإن', 'لينكدان'],
  zoom: ['زوم'],
};

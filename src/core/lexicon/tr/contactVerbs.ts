/** Turkish contact verbs; the stem is what is listed, endings are read by the matcher (see en/contactVerbs.ts). */
export const contactVerbs = {
  move: ['cevap ver*', 'dönüş yap*', 'yaz', 'yazın', 'yazsana', 'yazalım', 'devam', 'geçelim', 'konuş*', 'ekle', 'ekleyin', 'mesaj', 'ulaş', 'ulaşın', 'yapsak', 'yapalım', 'görüş*', 'mülakat', 'ulaşa*', 'ulaşı*', 'ulaşm*', 'yazab*', 'dm at', 'yazarsa*', 'yazabil*', 'geçsek', 'geçebil*', 'alalım', 'alalım mı', 'konuşabiliriz', 'dönerim', 'dönüş yaparım', 'yazar mısın', 'yazar misin', 'yazarım', 'yazarim', 'yazarız', 'yazayım', 'yazış*', 'yazışalım', 'yazışırız', 'iletişimde kalalım', 'iletişimde kalalim', 'iletişimde kalırız', 'iletişimde kalmak', 'irtibatta kalalım', 'irtibatta kalalim', 'iletişimde olalım', 'bağlantıda kalalım', 'bağlantıda kalalim', 'bağlantıda kalırız'],
  ask: ['bırak*', 'versene', 'verebilir*', 'yolla*', 'söyle*', 'verir', 'verin', 'atsana', 'atın', 'gönder', 'paylaş', 'at bana', 'verir misin', 'atar', 'atar mısın', 'atabilir*', 'alabilir*', 'alayım', 'alsam'],
  call: ['araya*', 'ara', 'arayın', 'arasam', 'aramak', 'arar', 'telefonda', 'telefonla konuş*', 'sesli'],
  search: ['aratın', 'arat', 'ara', 'bul', 'bulun'],
  have: ['var', 'kullanıyor*', 'olur', 'olabilir'],
  question: ['mı', 'mü', 'mısınız', 'misiniz', 'miyim', 'mıyım', 'mısın', 'misin', 'musun', 'müsün'],
  why: ['neden', 'niye'],
  negation: ['yok', 'değil', 'asla'],
  how: ['nasıl', 'nereden', 'nerden', 'nereye', 'nerede', 'nerde', 'hangi yoldan'],
  suggest: ['belki', 'istersen', 'isterseniz', 'sorun olmazsa', 'olmazsa', 'tercih', 'hadi'],
  easier: ['daha kolay', 'kolay', 'daha rahat', 'rahat', 'daha iyi', 'daha hızlı', 'pratik'],
  habit: ['aktifim', 'daha aktif', 'aktif', 'daha çok', 'genelde', 'hep'],
  meet: [] as string[],
};

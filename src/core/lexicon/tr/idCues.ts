import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'ara|arayın|arayin|telefon|tel|cep|numara|numaram|numaramı|whatsapp|wp',
  ids: 'sipariş|siparis|fatura|kargo|takip|gönderi|gonderi|referans|seri|model|kod|hesap|fiş|fis|rezervasyon|parça|parca|imei|plaka|uçuş|sefer|oda|müşteri|bilet|koltuk|sözleşme|ürün|barkod|makbuz|irsaliye|dekont|teklif|faturası|faturanın|vergi|vkn|tckn|kimlik|yurtiçi|aras|mng|ptt',
  numbered: 'abone',
  address: 'sokak|sok|cadde|cad|mahalle|mah|daire|kat|posta',
};

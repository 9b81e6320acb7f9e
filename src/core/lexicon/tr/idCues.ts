import type { IdCues } from '../idCues.js';

export const idCues: IdCues = {
  phone: 'ara|arayın|arayin|telefon|tel|cep|numara|numaram|numaramı|whatsapp|wp',
  ids: 'sipariş|siparis|fatura|kargo|takip|gönderi|gonderi|referans|seri|model|kod|hesap|fiş|fis|rezervasyon|parça|parca|imei|plaka|uçuş|ucus|sefer|oda|odası|sku|müşteri|musteri|bilet|koltuk|sözleşme|sozlesme|ürün|urun|barkod|stok',
  address: 'sokak|sok|cadde|cad|mahalle|mah|daire|kat|posta',
};

import type { IdCues } from '../idCues.js';

export const idCues: IdCues = {
  phone: '電話|電話番号|携帯|番号|連絡',
  ids: '注文番号|注文|問い合わせ番号|お問い合わせ番号|追跡番号|伝票番号|請求書|シリアル|型番|品番|会員番号|予約番号|口座|フライト|部屋|チケット|座席|製造番号',
  address: '丁目|番地|号室',
};

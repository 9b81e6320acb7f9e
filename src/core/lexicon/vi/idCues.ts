import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'gọi|goi|sđt|sdt|số|so|điện thoại|dien thoai|zalo|đt|dt',
  ids: 'đơn hàng|don hang|mã đơn|mã vận đơn|vận đơn|hóa đơn|hoá đơn|hoa don|mã hóa đơn|mã|seri|model|tài khoản|biên lai|đặt phòng|chuyến bay|ghế|biển số|phiếu|phieu|báo giá|ghn|ghtk|viettel post|vnpost',
  address: 'số nhà|đường|phường|quận|hẻm|ngõ|tầng|phòng|biển',
};

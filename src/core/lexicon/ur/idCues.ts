import type { IdCues } from '../idCues.js';

export const idCues: IdCues = {
  phone: 'نمبر|فون|کال|موبائل|واٹس|واٹس ایپ',
  ids: 'آرڈر|آڈر|انوائس|بل|ٹریکنگ|سیریل|ماڈل|کوڈ|اکاؤنٹ|رسید|بکنگ',
  address: 'مکان|گلی|فلیٹ|منزل|سیکٹر|بلاک',
};

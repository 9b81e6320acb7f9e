/** Türkiye. */
export const TR_PAYMENT_RAILS =
  'papara~|ininal~|?fast/fast ile|enpara~|ziraat~|garanti bbva|garanti bankası|?garanti|akbank~|yapı kredi~|iş bankası~|vakıfbank~|halkbank~|qnb~|denizbank~|tosla|param~|bkm express|ozan~|colendi|troy';

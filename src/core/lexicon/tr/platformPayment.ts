export const TR_PLATFORM_PAYMENT =
  'site üzerinden|uygulama üzerinden|platform üzerinden|sözleşmedeki gibi|güvenli ödeme|sahibinden güvenli';

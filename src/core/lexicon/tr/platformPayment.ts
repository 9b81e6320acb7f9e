export const TR_PLATFORM_PAYMENT =
  'site üzerinden|uygulamadan|uygulama içinden|siteden|platformdan|uygulamada|uygulama üzerinden|platform üzerinden|sözleşmedeki gibi|güvenli ödeme|sahibinden güvenli|iade formu|iade formuna';

export const TR_PLATFORM_PAYMENT =
  'site üzerinden|uygulamadan|uygulama içinden|siteden|platformdan|uygulamada|uygulama üzerinden|platform üzerinden|sözleşmedeki gibi|güvenli ödeme|sahibinden güvenli|nakit seçeneği~|nakit seçeneğini|uygulamadaki nakit|iade formu|iade formuna';

/** US, UK, Nigeria, Kenya and other English-speaking markets (PayPal, Wise… are in `intl`). */
export const EN_PAYMENT_RAILS =
  '?chime|?chase|bank of america|citibank|capital one|navy federal|?ach|?wire transfer/bank transfer/bank wire/bank deposit|interac/e-transfer/etransfer|faster payments|m-pesa/mpesa|?opay|palmpay|moniepay|flutterwave|paystack|?kuda|airtel money|mtn momo|?mtn mobile money|access bank|gtbank|zenith bank|first bank|barclays|hsbc|lloyds|natwest|chase quickpay|bank of america|wells fargo|?payid|osko|?payshap';

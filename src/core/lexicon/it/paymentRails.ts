/** Italy. */
export const IT_PAYMENT_RAILS =
  'satispay|postepay~|poste pay|bancoposta|?bonifico/bonifico istantaneo/bonifico bancario|hype|intesa sanpaolo|unicredit|fineco|mediolanum|revolut~|scalapay|?nexi';

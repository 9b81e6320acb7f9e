/** Germany, Austria, Switzerland. */
export const DE_PAYMENT_RAILS =
  'wero|twint|?sepa/sepa-überweisung/echtzeitüberweisung|sofortüberweisung/sofort überweisung|giropay|paydirekt|?klarna|n26|sparkasse~|volksbank|commerzbank|deutsche bank|ing-diba|dkb|comdirect|revolut~|bunq|?vorkasse|erste bank|raiffeisen~|postfinance';

/** Indonesia, Malaysia. */
export const ID_PAYMENT_RAILS =
  'gopay|?ovo|?dana|shopeepay/shopee pay|linkaja|qris|bca|bri|bni|?mandiri|bsi|jenius|?jago|seabank|blu bca|?flip|?midtrans|?xendit|touch n go/tng|?boost|maybank|cimb|duitnow|grabpay/grab pay';

/** India and Pakistan, romanised. */
export const HI_LATN_PAYMENT_RAILS = 'bhim~|phonepe/phone pe|paytm|google pay|gpay|neft|imps|rtgs|easypaisa/easy paisa|jazzcash/jazz cash|sadapay|nayapay|?razorpay|?cred';

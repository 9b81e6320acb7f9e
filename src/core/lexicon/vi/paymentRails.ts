/** Vietnam. */
export const VI_PAYMENT_RAILS =
  'momo|zalopay/zalo pay|vnpay|viettelpay/viettel money|shopeepay|mb bank/mbbank|vietcombank/vcb|techcombank/tcb|vietinbank|bidv|agribank|tpbank|acb|vpbank|sacombank|napas|?moca';

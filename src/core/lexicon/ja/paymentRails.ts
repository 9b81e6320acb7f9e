/** Japan. */
export const JA_PAYMENT_RAILS =
  'paypay/ペイペイ|line pay/linepay/ラインペイ|楽天ペイ/rakuten pay|メルペイ|d払い|au pay|ゆうちょ~|銀行振込|三菱ufj|みずほ|三井住友|楽天銀行|住信sbi|ことら|kyash|pring|?suica|paypay銀行';

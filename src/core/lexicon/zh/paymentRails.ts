/** Mainland China, Hong Kong, Taiwan, Singapore. */
export const ZH_PAYMENT_RAILS =
  '支付宝/alipay|微信支付/wechat pay/weixin pay|微信红包|微信转账/微信转/微信付|云闪付|银联|建行|工行|农行|中行|招行|交行|建设银行|工商银行|农业银行|中国银行|招商银行|邮储|paynow|fps/轉數快|八达通|街口支付|payme';

/** Egypt, Saudi Arabia, the Gulf, the Levant, the Maghreb. */
export const AR_PAYMENT_RAILS =
  'انستاباي/إنستاباي/انستا باي/instapay|فودافون كاش/vodafone cash|اتصالات كاش|اورنج كاش/orange cash|فوري/fawry|ميزة|stc pay/اس تي سي باي/stcpay|مدى|سداد|urpay|يور باي|?بنك~|?البنك~|البنك الأهلي|بنك مصر|الراجحي|al rajhi|ويسترن يونيون|موني جرام|ويش موني|zain cash/زين كاش|آسيا حوالة|ابل باي|فودافون|حوالة~|حواله|تحويل بنكي|?cib|?qnb|?nbe';

/**
 * Payment services used across markets. Rails are joined by "|"; the names of one rail by "/",
 * the first one giving its id. A "?" marks a name that is also an everyday word or a name
 * ("wise"): it counts only next to a paying word. "~" makes a name a stem ("paypal~": "PayPala").
 */
export const INTL_PAYMENT_RAILS =
  'paypal~/pay pal/paypal.me/pp/пейпал~/пэйпал~/페이팔/贝宝/ペイパル/پے پال/پی پال/باي بال/بايبال/पेपाल/পেপাল~|venmo~|zelle~|cash app/cashapp|?wise/transferwise|payoneer~/بايونير/पेयोनियर/पायोनियर/পেওনিয়ার~/পেয়োনিয়ার~/پیونیر/ペイオニア/派安盈|western union/westernunion/वेस्टर्न यूनियन/ويسترن يونيون/ওয়েস্টার্ন ইউনিয়ন~/西联~/ウエスタンユニオン/вестерн юнион|moneygram~/money gram|remitly|worldremit/world remit|skrill|neteller|revolut~/revolut.me|apple pay|apple cash|google pay/gpay/g pay|samsung pay|?stripe|?klarna|binance|bybit|okx|payeer|perfect money|advcash|webmoney|xoom|ria money|ria transfer|taptap send|sendwave|paysend|n26|monzo|starling';

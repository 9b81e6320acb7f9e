/** Russia, Belarus, Kazakhstan, Ukraine (Russian-speaking markets). */
export const RU_PAYMENT_RAILS =
  'сбп|система быстрых платежей|сбер~|сбербанк~|sberbank|тинькофф~|тинек~|tinkoff|т-банк~|т банк|альфа~|альфа-банк~|втб|озон банк~|ozon bank|юmoney/юмани/yoomoney/ю money/яндекс деньги|qiwi/киви|вебмани|webmoney|каспи~|kaspi|?мир|райффайзен~|почта банк~|?халва|монобанк~|monobank|приватбанк~|privat24|золотая корона|юнистрим|payeer';

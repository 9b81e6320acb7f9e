/** Poland. */
export const PL_PAYMENT_RAILS =
  'blik~|mbank~|pko~|pko bp|?ing|pekao~|santander~|millennium|alior~|revolut~|przelewy24|paypo|?przelew na telefon|zen.com|skrill';

/** France, Belgium, Switzerland, francophone Africa and Canada. */
export const FR_PAYMENT_RAILS =
  'lydia~|paylib|wero|twint|sumeria|?virement instantané/virement bancaire/virement sepa|orange money|wave|moov money|mtn momo|?payconiq|bancontact|boursorama|crédit agricole|société générale|bnp|la banque postale|nickel|western union|ria|?sepa';

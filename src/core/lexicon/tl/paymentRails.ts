/** The Philippines. */
export const TL_PAYMENT_RAILS =
  'gcash~|?maya/paymaya|bpi|bdo|metrobank|unionbank|landbank|security bank|instapay|pesonet|ml kwarta padala/m lhuillier|palawan express/palawan pawnshop|cebuana~|lbc padala|coins.ph|?smart padala|gotyme|seabank|shopeepay|?palawan';

import type { PaymentWordTable } from '../paymentWordTable.js';

/** Words every market writes the same way: coin and network names, tech words. */
export const INTL_PAYMENT_WORDS: PaymentWordTable = {
  crypto:
    'usdt~|usdc|tether|trc20|trc-20|erc20|erc-20|bep20|bep-20|trc20 network|tron network|binance pay|binance id|busd|stablecoin~|polygon usdt|solana usdt|crypto wallet|wallet address|metamask|trust wallet',
  coin: 'btc|eth|bitcoin~|ethereum|crypto|cryptocurrency|litecoin|ltc|bnb|xrp|doge|dogecoin|trx|tron|usd coin|ton coin|sats',
  topic:
    'integration~|integrate|api|apis|sdk|plugin~|gateway|dashboard~|webhook~|sandbox|checkout flow|checkout|checkouts|developer~|payment gateway|merchant account|woocommerce|shopify|stripe connect|backend|back-end|frontend|logo~|poster~|banner~|flyer~|mockup~|ui kit',
  details: 'iban',
  number: 'id|qr|tag',
  store: 'google play|steam|itunes|apple|amazon|razer|playstation|psn|xbox|netflix|roblox|spotify|nintendo|garena|flipkart|free fire|pubg|valorant',
  payCode: 'qr|qr code|qrcode|qr-code',
};

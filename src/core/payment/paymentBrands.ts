/** Payment brands and rails people use to take a payment off the platform. Names are lower-case. */
export interface PaymentBrand {
  id: string;
  names: readonly string[];
}

export const PAYMENT_BRANDS: readonly PaymentBrand[] = [
  { id: 'paypal', names: ['paypal', 'pay pal', 'paypal.me'] },
  { id: 'venmo', names: ['venmo'] },
  { id: 'cashapp', names: ['cash app', 'cashapp', 'cash.app'] },
  { id: 'zelle', names: ['zelle'] },
  { id: 'wise', names: ['wise', 'transferwise'] },
  { id: 'payoneer', names: ['payoneer'] },
  { id: 'western-union', names: ['western union', 'westernunion'] },
  { id: 'moneygram', names: ['moneygram', 'money gram'] },
  { id: 'revolut', names: ['revolut'] },
  { id: 'skrill', names: ['skrill'] },
  { id: 'pix', names: ['pix', 'chave pix'] },
  { id: 'remitly', names: ['remitly'] },
  { id: 'gcash', names: ['gcash'] },
  { id: 'mpesa', names: ['m-pesa', 'mpesa'] },
  { id: 'apple-pay', names: ['apple pay', 'apple cash'] },
  { id: 'google-pay', names: ['google pay', 'gpay'] },
  { id: 'alipay', names: ['alipay'] },
  { id: 'wechat-pay', names: ['wechat pay', 'weixin pay'] },
  { id: 'paytm', names: ['paytm'] },
  { id: 'upi', names: ['upi'] },
  { id: 'mercado-pago', names: ['mercado pago', 'mercadopago'] },
  { id: 'bizum', names: ['bizum'] },
  { id: 'nequi', names: ['nequi'] },
  { id: 'gopay', names: ['gopay', 'ovo'] },
  { id: 'bitcoin', names: ['bitcoin', 'btc'] },
  { id: 'ethereum', names: ['ethereum', 'eth'] },
  { id: 'usdt-trc20', names: ['usdt trc20', 'usdt-trc20', 'usdt (trc20)', 'trc20', 'trc-20', 'tron', 'trx'] },
  { id: 'crypto', names: ['crypto', 'usdt', 'tether', 'usdc', 'binance pay', 'binance', 'litecoin', 'ltc', 'cryptocurrency'] },
  { id: 'gift-card', names: ['gift card', 'gift cards', 'giftcard', 'giftcards', 'itunes card', 'itunes cards', 'steam card', 'steam cards', 'google play card', 'google play cards', 'amazon card', 'amazon cards'] },
  { id: 'bank-transfer', names: ['bank transfer', 'wire transfer', 'bank wire', 'bank deposit', 'transferencia bancaria', 'transferência bancária', 'transferencia', 'virement', 'virement bancaire', 'überweisung', 'ueberweisung', 'bonifico', 'bonifico bancario', 'transfer bank'] },
];

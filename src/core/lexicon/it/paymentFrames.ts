import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const IT_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'metà|la metà|meta|un terzo',
  toMe: 'a me|mi|me|sul mio conto',
  condition: 'prima di|prima che|appena|quando|se|poi|prima|dopo|una volta che',
  send: 'mando|mandare|invio|inviare|giro|girare',
  photo: 'foto|screenshot',
  commit: 'confermo|confermare|prenoto|blocco la data|ti tengo',
};

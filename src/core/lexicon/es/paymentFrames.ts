import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const ES_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'la mitad|mitad|un tercio',
  toMe: 'a mí|a mi|me|conmigo|a mi cuenta',
  condition: 'antes de|antes|en cuanto|apenas|cuando|si|luego|primero|una vez que|después de',
  send: 'mando|mandar|envío|envio|enviar|te lo mando|te mando|transfiero|deposito|paso',
  photo: 'foto|fotito|captura',
  commit: 'confirmo|confirmar|te confirmo|reservo|te reservo|te aparto|apartar',
};

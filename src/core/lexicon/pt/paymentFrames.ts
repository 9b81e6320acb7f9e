import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const PT_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'metade|a metade|um terço',
  toMe: 'pra mim|para mim|a mim|me|comigo|pra minha conta',
  condition: 'antes de|antes|assim que|quando|se|depois|primeiro|logo que|só depois',
  send: 'mando|mandar|envio|enviar|transfiro|deposito',
  photo: 'foto|print',
  commit: 'confirmo|confirmar|reservo|fecho|fechar|garanto a data',
};

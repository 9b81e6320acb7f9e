import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const TL_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'kalahati|kalahati ng bayad',
  toMe: 'sa akin|sakin|sa\'kin|akin|sa akin mismo',
  condition: 'bago|pag|kapag|kung|saka|muna|pagka|pagkatapos',
  send: 'ise-send|isend|i-send|send|ipadala|padala~|ihulog',
  photo: 'picture|litrato|pic',
  commit: 'i-confirm|iconfirm|confirm|i-book|ireserve|i-reserve',
};

import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const HI_LATN_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'aadha|aadhi|aadhe|adha|adhi|aadha paisa',
  toMe: 'mujhe|mujhko|mere ko|muje|mereko',
  condition: 'se pehle|pehle|jab|tabhi|tab|agar|jaise hi|baad',
  send: 'bheju|bhejun|bhejoon|bhej du|bhej doon|bhejna|daalu|dalu|daalun|daal do|daal dena|dal do|daalo|jama kar do|jama karo',
  photo: 'photo|pic|foto',
  commit: 'confirm|pakka|book kar dunga',
};

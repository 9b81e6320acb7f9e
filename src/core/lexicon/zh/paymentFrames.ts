import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const ZH_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: '一半|半款|一部分|三分之一',
  toMe: '给我|转我|到我|转给我|打给我',
  condition: '之前|先|一旦|如果|才|以后|之后',
  send: '转过去|打过去|汇过去',
  photo: '照片|截图',
  commit: '确认|预订|给你留',
};

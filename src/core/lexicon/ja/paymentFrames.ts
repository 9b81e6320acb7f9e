import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const JA_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: '半額|半分|一部',
  toMe: '私に|僕に|俺に|こちらに',
  condition: '前に|次第|先に|たら|まず',
  send: '送金|送って|送れば|振り込め|振り込んだら',
  photo: '写真|画像',
  commit: '確定|予約確定|押さえ',
};

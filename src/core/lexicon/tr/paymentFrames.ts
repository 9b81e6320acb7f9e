import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const TR_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'yarısı~|yarı|yarıyı|üçte biri',
  toMe: 'bana|hesabıma',
  condition: 'önce|sonra|ilk|hemen|eğer|olursa|ederim|edince',
  send: 'gönder~|yolla~|atayım|atayim|atarım|atsam|atıyım',
  photo: 'fotoğraf~|foto~',
  commit: 'onaylarım|onaylayacağım|onaylamadan|rezerve ederim|ayırırım',
};

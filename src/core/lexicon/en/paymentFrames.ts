import type { PaymentFrameTable } from '../paymentFrameTable.js';

export const EN_PAYMENT_FRAMES: PaymentFrameTable = {
  portion: 'half|the half|half of it|the other half|first half|a third|a quarter',
  toMe: 'to me|me|gimme|give me',
  condition: 'once|as soon as|before|after|then|first|if|when|until|till',
  send: 'send|sending|send it|wire|transfer|put it in|deposit it',
  photo: 'photo|pic|picture|screenshot|snap',
  commit: 'confirm|confirm it|confirm the booking|confirm your booking|book you in|lock it in|hold the date|reserve it for you',
};

import type { PaymentShareTable } from '../paymentShareTable.js';

export const TL_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'kalahati|kalahati ng bayad',
  toMe: 'sa akin|sakin|sa\'kin|akin|sa akin mismo',
  condition: 'bago|pag|kapag|kung|saka|muna|pagka|pagkatapos',
};

/** Brazil, Portugal, Angola, Mozambique. */
export const PT_PAYMENT_RAILS =
  'pix|chave pix|chave aleatória|picpay|mercado pago/mercadopago|nubank|?inter|banco inter|pagbank/pagseguro|c6 bank|bradesco|itaú/itau|caixa econômica|banco do brasil|?boleto|ted|?doc|mb way/mbway|multicaixa express|m-pesa|e-mola|?transferência/transferência bancária/transferencia';

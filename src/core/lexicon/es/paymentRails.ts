/** Spain, Mexico, Colombia, Argentina, Peru, Chile and the rest of the Spanish-speaking markets. */
export const ES_PAYMENT_RAILS =
  'bizum~|mercado pago/mercadopago|nequi|daviplata|yape|plin|spei|oxxo~|?transferencia/transferencia bancaria|?depósito bancario|bbva|santander|caixabank|banco azteca|banorte|bancolombia|brubank|ualá/uala|naranja x|tenpo|mach|cuenta rut|redsys|?sinpe móvil/sinpe movil|?pago móvil|zinli|?reserve|airtm|?alias|cbu|cvu|?sinpe';

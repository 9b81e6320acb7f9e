export const ES_PLATFORM_PAYMENT =
  'por la plataforma|por la app|por la página|en la plataforma|desde la plataforma|desde la app|a través de la plataforma|a través de la app|liberé el pago|liberar el pago|pago protegido|quede todo en la plataforma|formulario de reembolso|formulario de devolución';

import type { PaymentWordTable } from '../paymentWordTable.js';

export const ES_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'pago|pagos|pagar|pagas|pagues|pague|pagame|págame|pagarme|pagarte|pagaré|pagan|pagaste|pagué|págueme|pagueme|pagamos|pagado|pagás|pagá|transfer~|transfier~|transfiér~|deposit~|depósit~|dinero|plata|lana|guita|pasta|propina|anticipo|adelanto|seña|fianza|alquiler|cobr~|abonar|abonas|envíame el dinero|mándame el dinero|hazme un|hazme',
  accept: 'acepto|acepta~|prefiero|me vale|me sirve',
  outside: 'por fuera|fuera de la plataforma|fuera de la página|fuera de la app|fuera de la aplicación|fuera de la web|fuera del sitio|directamente|directo|en privado|entre nosotros|sin pasar por la app|sin pasar por la plataforma|sin la app|sin la plataforma|por fuera de la app|entre nosotros dos|entre los dos|entre tú y yo|directa|transferencia directa|aparte',
  fee: 'comisión|comision|comisiones|tarifa de servicio|cargo por servicio|gastos de gestión|la parte de la app|el porcentaje|se queda con un pico|se queda con|recargo|cargo de gestión|cargo de gestion',
  avoid: 'evitar|evitamos|ahorr~|sin|nos saltamos|saltarnos|más barato|mas barato|descuento|rebaja|te lo dejo en|para qué|por qué darle|no tiene sentido',
  cash: 'efectivo|en efectivo|en mano|en metálico|al contado|cash|contra entrega|contra reembolso|billetes',
  rest: 'el resto|lo que falta|lo que queda|restante|saldo|hito~|próximas entregas|proximas entregas|siguiente pago|último pago|ultimo pago|la última parte|cuota~|plazo~|que faltan',
  details: 'a mi cuenta|en mi cuenta|datos bancarios|número de cuenta|numero de cuenta|nº de cuenta|cuenta bancaria|clabe|cbu|cvu|alias cbu|número de tarjeta|numero de tarjeta|datos de la tarjeta|fecha de vencimiento|fecha de caducidad|código de seguridad|cvv|tu iban|tu cuenta|tu bizum|tu nequi|tu daviplata|tu paypal|tu número de bizum',
  gift: 'tarjeta regalo~|tarjetas regalo~|tarjeta de regalo~|tarjetas de regalo~|tarjeta de google play~|tarjeta de amazon~|tarjeta de steam~|tarjeta itunes~|gift card~|código de regalo~',
  voucher: 'vale~|cupón|cupon~|recarga~|código|codigo',
  friends: 'amigos y familia|como amigos|como amigo|amigos y familiares|como regalo|familia y amigos|envío entre amigos',
  negation: 'no me|no te|no nos|no le|no lo|no la|no les|no hace falta|no necesito|no acepto|no quiero|no uses|no pagues|no mandes|no envíes|nunca|jamás|ni se te ocurra|no se puede',
  own: 'mis clientes|mi tienda|mi negocio|mi local|nuestros clientes|mis compradores|en mi tienda|clientes|compradores|usuarios|mis huéspedes|nuestros huéspedes|mis alumnos|mis pacientes|mis inquilinos',
  warning: 'estafa~|timo~|fraude~|cuidado|ojo con|denunci~|reportad~|reporta~|phishing|falso|engaño',
  topic: 'integración|integracion|pasarela|cartel~|letrero|menú|logos|suscripciones|una app que|app que',
  ask: 'porfa|por favor|nomás|no más|nada más|mejor|vía|via|escanea|usa|usá|tienes|tenés',
  account: 'cuenta|tarjeta|billetera',
  holder: 'a nombre de quién|a nombre de quien|a qué nombre|titular',
  venue: 'sitio|página|pagina|app|aplicación|plataforma|web',
  where: 'a dónde|adónde|dónde|a donde|donde',
};

import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'contacto|llama|llámame|llamame|teléfono|telefono|tel|tlf|celular|móvil|movil|número|numero|núm|whatsapp|wasap|guasap|prefijo|lada',
  ids: 'pedido|factura|seguimiento|envío|envio|guía|guia|referencia|ref|serie|modelo|código|codigo|cuenta|recibo|ticket|reserva|expediente|pieza|lote|albarán|albaran|imei|matrícula|matricula|vuelo|habitación|localizador|cliente|asiento|placa|boleto|presupuesto|boleta|comprobante|folio|remito|nif|cif|dni|seur|correos|mrw|nacex|gls|andreani|dhl',
  address: 'calle|avenida|av|piso|portal|código postal|cp|bloque',
};

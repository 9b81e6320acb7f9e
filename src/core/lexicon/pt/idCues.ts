import type { IdCues } from '../idCueTable.js';

export const idCues: IdCues = {
  phone: 'contato|liga|ligue|telefone|tel|celular|cel|número|numero|whats|zap|zapzap|ddd',
  ids: 'pedido|fatura|nota|nf|nfe|rastreio|rastreamento|código|codigo|referência|referencia|série|serie|modelo|conta|recibo|protocolo|reserva|peça|peca|lote|imei|placa|boleto|voo|quarto|cliente|assento|bilhete|matrícula|orçamento|orcamento|cupom|comprovante|duplicata|nfse|nif|nipc|correios|sedex|jadlog|loggi|ctt',
  address: 'rua|avenida|av|apto|apartamento|andar|bloco|cep|travessa|alameda|casa',
};

import type { PaymentWordTable } from '../paymentWordTable.js';

export const PT_PAYMENT_WORDS: PaymentWordTable = {
  pay: 'pagar|pago|paga|pague|pagamento~|pagou|pagando|pagar-te|pagá-lo|transfer~|deposit~|dinheiro|grana|gorjeta|sinal|caução|aluguel|adiantamento|cobr~|manda o valor',
  accept: 'aceito|aceita~|prefiro|pode ser',
  outside: 'por fora|fora da plataforma|fora do site|fora do app|fora do aplicativo|direto|diretamente|no particular|entre a gente|sem app|sem o app|sem aplicativo|sem a plataforma|sem passar pelo app|sem passar pela plataforma|entre nós|entre nós dois|entre a gente mesmo',
  fee: 'taxa|taxas|comissão|comissao|comissões|tarifa|a parte do app|a mordida',
  avoid: 'evitar|economiz~|fugir d~|sem|mais barato|desconto|não tem taxa|nao tem taxa|que aí não tem|pra que|por que dar|não faz sentido',
  cash: 'dinheiro vivo|em dinheiro|no dinheiro|em espécie|em especie|na mão|em mãos|cash|pagamento na entrega|na hora da entrega',
  rest: 'o resto|o restante|restante|saldo|etapa~|parcela~|marco~|as próximas|próxima parcela|última parcela|o que falta',
  details: 'na minha conta|pra minha conta|para minha conta|dados bancários|dados bancarios|número da conta|numero da conta|conta bancária|agência e conta|agencia e conta|número do cartão|numero do cartao|dados do cartão|validade do cartão|código de segurança|cvv|teu pix|seu pix|sua chave|tua chave|chave pix',
  gift: 'cartão-presente~|cartao presente~|vale-presente~|gift card~|giftcard~|cartão da google play~|cartão da amazon~',
  voucher: 'vale~|cupom~|recarga~|código|codigo',
  friends: 'amigos e família|amigos e familia|como amigo|como presente|opção amigos|entre amigos',
  negation: 'não|nao|nunca|jamais|nem pensar|não precisa|nao precisa',
  own: 'meus clientes|minha loja|meu negócio|meu negocio|nossos clientes|na minha loja|meu comércio|clientes|compradores|usuários|usuarios|meus hóspedes|nossos hóspedes|meus alunos|meus pacientes|meus inquilinos',
  warning: 'golpe~|fraude~|cuidado|denunci~|falso|fake|phishing|armadilha|alerta',
  topic: 'integração|integracao|cartaz|placa|cardápio|logos|assinaturas|um app que|app que',
  ask: 'por favor|pfv|pfvr|mesmo|via|escaneia|usa|manda no|faz no|faz um',
  account: 'conta|agência|agencia|cartão|cartao|carteira',
  holder: 'em nome de quem|em nome de qual|titular',
  venue: 'site|app|aplicativo|plataforma',
  where: 'pra onde|para onde|onde',
};

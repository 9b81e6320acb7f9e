export const PT_PLATFORM_PAYMENT =
  'pela plataforma|pelo app|pelo site|na plataforma|dentro da plataforma|pelo aplicativo|liberei o|liberar o pagamento|pagamento protegido|fica registrado|aqui no app|no app mesmo|aqui no site|opção dinheiro|opção de dinheiro|opção de pagamento em dinheiro|pagar no app|paga no app|pague no app|pagamento no app|pagar no aplicativo';

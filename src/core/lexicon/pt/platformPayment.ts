export const PT_PLATFORM_PAYMENT =
  'pela plataforma|pelo app|pelo site|na plataforma|dentro da plataforma|pelo aplicativo|liberei o|liberar o pagamento|pagamento protegido|fica registrado|aqui no app|no app mesmo|aqui no site|formulário de reembolso|formulario de reembolso|formulário de estorno|formulário de devolução';

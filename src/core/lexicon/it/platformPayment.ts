export const IT_PLATFORM_PAYMENT =
  'sul sito|tramite il sito|tramite la piattaforma|sulla piattaforma|dalla piattaforma|con il milestone|pagamento protetto|come previsto dal contratto|opzione contanti|opzione pagamento in contanti|passano dal sito|passa dal sito|passare dal sito|tramite l\'app|nell\'app|modulo di rimborso|modulo del rimborso|modulo di reso';

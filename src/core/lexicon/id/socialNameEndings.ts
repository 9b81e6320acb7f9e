/** Indonesian and Malay possessives glued to a platform's name: "instaku", "telegrammu", "tiktoknya". */
export const socialNameEndings: readonly string[] = ['ku', 'mu', 'nya'];

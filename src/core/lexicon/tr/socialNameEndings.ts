/** Turkish endings glued to a platform's name without an apostrophe: "instam", "telegramım", "snaptan", "tiktokta". */
export const socialNameEndings: readonly string[] = [
  'm', 'im', 'ım', 'um', 'üm', 'imde', 'ımda', 'umda', 'ta', 'te', 'da', 'de', 'tan', 'ten', 'dan', 'den', 'taki', 'teki', 'daki', 'deki',
];

/** Filipino chat spellings: "messenger", "fb", "viber", "gc" (group chat). */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  facebook: ['mesenjer', 'fb page', 'efbi', 'mesinjer', 'messenjer'],
};

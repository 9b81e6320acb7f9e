/** Filipino chat spellings: "messenger", "fb", "viber", "gc" (group chat). */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  facebook: ['fb', 'messenger', 'mesenjer', 'fb page', 'efbi'],
  viber: ['viber', 'vibr'],
  telegram: ['tele'],
  instagram: ['ig', 'insta'],
};

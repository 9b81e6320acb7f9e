/** German contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['schreib', 'schreibe', 'schreiben', 'weitermachen', 'weiterschreiben', 'weiterreden', 'reden', 'sprechen', 'besprechen', 'quatschen', 'chatten', 'kontaktier', 'kontaktieren', 'adde', 'füg', 'meld', 'melde', 'melden', 'wechseln', 'folg', 'folge'],
  ask: ['gib', 'geben', 'schick', 'schicke', 'schicken', 'sende', 'senden', 'hätten', 'hättest', 'verrate', 'verraten', 'wie ist', 'was ist'],
  call: ['ruf', 'rufen', 'anrufen', 'telefonieren', 'telefonier', 'anruf'],
  search: ['such', 'suche', 'suchen', 'sucht', 'finde', 'findest'],
  have: ['hast', 'haben', 'bist', 'nutzt', 'nutzen', 'benutzt', 'können', 'kann', 'könnten'],
  question: [] as string[],
  why: ['warum', 'wieso'],
  negation: ['nicht', 'kein', 'keine', 'nie'],
};

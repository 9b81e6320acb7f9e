/** German contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['antworte', 'antwortet', 'antworten sie', 'schreib*', 'weiter*', 'reden', 'sprechen', 'besprechen', 'quatschen', 'chatten', 'kontaktier*', 'adde', 'füg', 'meld', 'melde*', 'wechseln', 'folg', 'folge', 'erreichen', 'erreiche', 'klären', 'klaeren', 'schreiben', 'gehen', 'wechseln wir', 'melden sie sich', 'meldet euch', 'vorstellungsgespräch', 'bewerbungsgespräch', 'kennenlerngespräch'],
  ask: ['gib', 'geben', 'schick*', 'sende*', 'hätte*', 'verrate*', 'wie ist', 'was ist'],
  call: ['ruf', 'rufen', 'anruf*', 'telefonier*', 'telefonisch'],
  search: ['such', 'suche*', 'sucht', 'finde*'],
  have: ['hast', 'haben', 'bist', 'nutzt', 'nutzen', 'benutzt', 'können', 'kann', 'könnten', 'haste', 'hasse'],
  question: [] as string[],
  why: ['warum', 'wieso'],
  negation: ['nicht', 'kein', 'keine', 'nie'],
  how: ['wie', 'wo', 'wohin', 'welchem weg'],
  suggest: ['vielleicht', 'lieber', 'wollen wir', 'sollen wir', 'könnten wir', 'können wir', 'recht ist', 'wenn du magst'],
  easier: ['einfacher', 'leichter', 'bequemer', 'praktischer', 'schneller', 'besser'],
  habit: ['aktiver', 'aktiv', 'öfter', 'eher', 'meistens', 'mehr auf', 'nur auf', 'nur noch auf'],
  meet: [] as string[],
  // "te paso mi número": an offer, read only with the writer's own detail ("te dou a capinha" offers the item).
  offer: ['gebe dir', 'schicke dir', 'schick dir', 'geb dir', 'sende dir', 'gebe ihnen', 'schicke ihnen'],
};

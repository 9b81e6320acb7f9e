/** Look-me-up verbs beyond the contact-verb list: "look for", "you'll find me as", "I go by". */
export const socialLookUpWords: readonly string[] = ['look for', 'find', 'go by', 'look us up', 'find us', 'search up', 'type', 'google', 'check out', 'follow'];

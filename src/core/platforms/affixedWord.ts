// Tagalog writes its verb and noun prefixes with a hyphen: "nag-e-edit", "pang-benta", "mag-order".
const TAGALOG_AFFIXED = /^(?:nag|mag|pag|pang|nang|mang|ka|i|na|ma|pa|maki|naka|maka|ipa|ipag|nakaka|makaka)-\p{Ll}+(?:-\p{Ll}+)?$/u;

/** A lower-case word with a Tagalog prefix ("facebook pang-benta"), not a handle. */
export function isAffixedWord(candidate: string): boolean {
  return candidate.length <= 24 && TAGALOG_AFFIXED.test(candidate);
}

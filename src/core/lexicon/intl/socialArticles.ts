/**
 * Articles and possessives that name a thing, in the covered languages that have them: a dotted or
 * underscored word right after one ("for the sprint_board", "el archivo pedido_2") is a file or a
 * setting, not someone's handle.
 */
export const SOCIAL_ARTICLES: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'our', 'their', 'el', 'la', 'los', 'las', 'del', 'le', 'les', 'du', 'der', 'die', 'das',
  'den', 'dem', 'il', 'lo', 'gli', 'os', 'um', 'uma',
];

/** "me encuentras como", "encuéntranos", "me sigues". */
export const socialLookUpWords: readonly string[] = ['encuentras', 'encuéntranos', 'encuentranos', 'sígueme', 'sigueme', 'búscanos', 'buscanos'];

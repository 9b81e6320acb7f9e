/**
 * The catalogue tag that serves `locale` best, or undefined: the same tag ('pt-BR'), else the same
 * language and script ('pt-PT' → 'pt-BR', 'zh-CN' → 'zh-Hans', 'ar-EG' → 'ar'). A different script
 * is not a match: 'zh-TW' (Traditional) falls back rather than getting Simplified Chinese.
 */
export function matchCatalogue(locale: string, tags: readonly string[]): string | undefined {
  const wanted = parseLocale(locale);
  if (!wanted) return undefined;
  let best: { tag: string; score: number } | undefined;
  for (const tag of tags) {
    const offered = parseLocale(tag);
    if (!offered || offered.language !== wanted.language || offered.script !== wanted.script) continue;
    const score = offered.region === wanted.region ? 2 : offered.region === wanted.likelyRegion ? 1 : 0;
    if (!best || score > best.score) best = { tag, score };
  }
  return best?.tag;
}

interface ParsedLocale {
  language: string;
  script: string | undefined;
  region: string | undefined;
  likelyRegion: string | undefined;
}

function parseLocale(tag: string): ParsedLocale | undefined {
  try {
    // 'es_MX' is a common spelling of 'es-MX' that Intl.Locale refuses.
    const locale = new Intl.Locale(tag.replace(/_/g, '-'));
    const likely = locale.maximize();
    return { language: locale.language, script: likely.script, region: locale.region, likelyRegion: likely.region };
  } catch {
    return undefined;
  }
}

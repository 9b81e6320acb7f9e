import type { ScanContext } from '../recognizer.js';
import type { NormalizedText } from '../normalizedText.js';
import { buildSpelledSymbolsView } from './spelledSymbolsView.js';

/** The view emails and links are searched in, shared by their recognizers within one detect call. */
export function symbolsView(context: ScanContext): NormalizedText {
  const { spelledSymbols, separators } = context.options.obfuscation;
  if (!spelledSymbols) return context.folded;
  return context.view('spelled-symbols', () => buildSpelledSymbolsView(context.folded, separators));
}

/** Development build: bundlers replace `process.env.NODE_ENV`; without a `process` (plain ESM in a browser) we warn. */
export function isDevelopment(): boolean {
  return typeof process === 'undefined' || process.env?.NODE_ENV !== 'production';
}

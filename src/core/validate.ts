import { describe } from './describeValue.js';

// Option checks shared by the detector and the policy. A misconfigured option must never quietly
// detect less or allow more (a typo on a server would let every message through), so anything that
// is not missing and not valid throws, naming the function, the option, the value and the fix.
// Kept small on purpose: it ships in every bundle, the policy-only one included.

const show = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? describe(value) : String(value);

/** Edit distance of at most 2 (case ignored): 'Email' → 'email', 'blok' → 'block'. */
function isNear(a: string, b: string): boolean {
  a = a.toLowerCase();
  let row = [...b, ''].map((_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]! <= 2;
}

/** Throws a TypeError (wrong type) or a RangeError (a value outside the allowed ones). */
export function fail(fn: string, option: string, value: unknown, expected: string, range?: boolean): never {
  const Failure = range ? RangeError : TypeError;
  throw new Failure(`${fn}: ${option} is ${show(value)}; expected ${expected}`);
}

/** `value` must be one of `allowed`; suggests the near miss. */
export function oneOf<T extends string>(fn: string, option: string, value: unknown, allowed: readonly T[]): T {
  if (allowed.includes(value as T)) return value as T;
  const near = typeof value === 'string' ? allowed.find((item) => isNear(value, item)) : undefined;
  return fail(fn, option, value, `one of ${allowed.join(', ')}${near ? ` (did you mean "${near}"?)` : ''}`, typeof value === 'string');
}

/** A plain object whose keys are all among `keys` (an unknown key is most likely a typo). */
export function record(fn: string, option: string, value: unknown, keys?: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(fn, option, value, 'an object');
  if (keys) for (const key of Object.keys(value)) oneOf(fn, `${option} key`, key, keys);
  return value as Record<string, unknown>;
}

/** An array (of strings when `strings`); `undefined` stays undefined. */
export function list(fn: string, option: string, value: unknown, strings?: boolean): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(fn, option, value, strings ? 'an array of strings' : 'an array');
  if (strings) value.forEach((item, index) => typeof item === 'string' || fail(fn, `${option}[${index}]`, item, 'a string'));
  return value;
}

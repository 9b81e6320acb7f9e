import { describeValue } from './describeValue.js';

// Option checks shared by the detector and the policy. A misconfigured option must never quietly
// detect less or allow more (a typo on a server would let every message through), so anything that
// is not missing and not valid throws, naming the function, the option, the value and the fix.
// Written as small combinators because they ship in every bundle, the policy-only one included.

/** Checks `value` at `path` ("createDetector: options.kinds[0]"); throws when it is wrong. */
export type Check = (value: unknown, path: string) => void;

const show = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? describeValue(value) : String(value);

/** Throws a TypeError (wrong type) or, with `range`, a RangeError (a value outside the allowed ones). */
export function fail(path: string, value: unknown, expected: string, range?: boolean): never {
  throw new (range ? RangeError : TypeError)(`${path} is ${show(value)}; expected ${expected}`);
}

export const is = (type: string): Check => (value, path) => typeof value === type || fail(path, value, `a ${type}`);

/** One of `allowed`, suggesting the near miss. */
export const oneOf = (allowed: readonly string[]): Check => (value, path) => {
  if (allowed.includes(value as string)) return;
  // The near miss: the longest shared start, two letters at least, case ignored ('Email' → email,
  // 'BLOK' → block, 'spelledDigit' → spelledDigits).
  let near = '';
  let best = 1;
  for (const item of allowed) {
    let shared = 0;
    while (typeof value === 'string' && item[shared]?.toLowerCase() === value[shared]?.toLowerCase() && shared < item.length) shared += 1;
    if (shared > best) [near, best] = [item, shared];
  }
  fail(path, value, `one of ${allowed.join(', ')}${near ? ` (did you mean "${near}"?)` : ''}`, typeof value === 'string');
};

/** An array whose every item passes `item`; with `nonEmpty`, at least one. */
export const arrayOf = (item: Check, nonEmpty?: boolean): Check => (value, path) => {
  if (!Array.isArray(value)) fail(path, value, 'an array');
  if (nonEmpty && value.length === 0) fail(path, value, 'at least one item (leave it out for the default)', true);
  value.forEach((entry, index) => item(entry, `${path}[${index}]`));
};

/**
 * A plain object with only these keys (an unknown key is most likely a typo). A key left out or
 * `undefined` gets its default later, except the `required` ones.
 */
export const shape = (fields: Record<string, Check>, required: readonly string[] = []): Check => (value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, value, 'an object');
  const keys = Object.keys(fields);
  for (const key of Object.keys(value)) oneOf(keys)(key, `${path} key`);
  for (const key of keys) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined || required.includes(key)) fields[key]!(field, `${path}.${key}`);
  }
};

export const STRINGS = arrayOf(is('string'));

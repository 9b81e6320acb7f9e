import { CONTACT_KINDS } from '../types.js';
import { arrayOf, is, oneOf, shape, STRINGS } from '../validate.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import type { Policy, PolicyOverrides, PolicyRule } from './policyTypes.js';
import { CONTRACT_STATES, POLICY_DECISIONS } from './policyTypes.js';

export const KIND = oneOf(CONTACT_KINDS);
export const STATE = oneOf(CONTRACT_STATES);
const each = <T>(keys: readonly string[], value: T) => Object.fromEntries(keys.map((key) => [key, value]));
const POLICY = shape({
  rules: shape(each(CONTACT_KINDS, shape(each(CONTRACT_STATES, oneOf(POLICY_DECISIONS))))),
  exceptions: arrayOf(shape({ id: is('string'), kind: KIND, domains: STRINGS, states: arrayOf(STATE) }, ['id'])),
});

// Policies are validated once per object: evaluatePolicy runs per keystroke with the same one.
const resolved = new WeakMap<object, Policy>([[DEFAULT_POLICY, DEFAULT_POLICY]]);

/**
 * Merges overrides into the default policy, per kind and per contract state. Validates every
 * kind, state, action and exception first and throws a TypeError or RangeError naming the bad
 * one: a typo must never allow what the default blocks. A kind or state left out keeps the default.
 *
 * @example
 * ```ts
 * resolvePolicy({ rules: { url: { none: 'allow' } } }).rules.url;
 * // { none: 'allow', pending: 'warn', active: 'allow', ended: 'allow' }
 * ```
 *
 * @group Policy
 */
export function resolvePolicy(policy?: PolicyOverrides | Policy, path = 'resolvePolicy: policy'): Policy {
  if (policy === undefined) return DEFAULT_POLICY;
  let result = resolved.get(policy as object);
  if (result) return result;
  POLICY(policy, path);
  result = {
    rules: Object.fromEntries(
      CONTACT_KINDS.map((kind) => [kind, { ...DEFAULT_POLICY.rules[kind], ...policy.rules?.[kind] } satisfies PolicyRule]),
    ) as Policy['rules'],
    exceptions: [...(policy.exceptions ?? [])],
  };
  resolved.set(policy, result);
  resolved.set(result, result);
  return result;
}

import { CONTACT_KINDS } from '../types.js';
import { fail, list, oneOf, record } from '../validate.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import type { Policy, PolicyException, PolicyOverrides, PolicyRule } from './policyTypes.js';
import { CONTRACT_STATES, POLICY_DECISIONS } from './policyTypes.js';

// Policies are validated once per object: evaluatePolicy runs per keystroke with the same one.
const resolved = new WeakMap<object, Policy>([[DEFAULT_POLICY, DEFAULT_POLICY]]);

/**
 * Merges overrides into the default policy, per kind and per contract state. Validates every
 * kind, state, action and exception and throws a TypeError or RangeError naming the bad one: a
 * typo must not allow what the default blocks. A kind or state left out keeps the default.
 */
export function resolvePolicy(policy?: PolicyOverrides | Policy, fn = 'resolvePolicy'): Policy {
  if (policy === undefined) return DEFAULT_POLICY;
  let result = resolved.get(record(fn, 'policy', policy, ['rules', 'exceptions']));
  if (result) return result;
  const rules = record(fn, 'policy.rules', policy.rules ?? {}, CONTACT_KINDS);
  result = {
    rules: Object.fromEntries(
      CONTACT_KINDS.map((kind) => {
        const rule = record(fn, `policy.rules.${kind}`, rules[kind] ?? {}, CONTRACT_STATES);
        for (const state in rule) oneOf(fn, `policy.rules.${kind}.${state}`, rule[state], POLICY_DECISIONS);
        return [kind, { ...DEFAULT_POLICY.rules[kind], ...rule } as PolicyRule];
      }),
    ) as Policy['rules'],
    exceptions: (list(fn, 'policy.exceptions', policy.exceptions) ?? []).map((item, index) => {
      const at = `policy.exceptions[${index}]`;
      const exception = record(fn, at, item, ['id', 'kind', 'domains', 'states']);
      if (typeof exception.id !== 'string') fail(fn, `${at}.id`, exception.id, 'a string');
      if (exception.kind !== undefined) oneOf(fn, `${at}.kind`, exception.kind, CONTACT_KINDS);
      list(fn, `${at}.domains`, exception.domains, true);
      list(fn, `${at}.states`, exception.states)?.forEach((state, i) => oneOf(fn, `${at}.states[${i}]`, state, CONTRACT_STATES));
      return item as PolicyException;
    }),
  };
  resolved.set(policy, result);
  resolved.set(result, result);
  return result;
}

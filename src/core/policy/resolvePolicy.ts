import { CONTACT_KINDS } from '../types.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import type { Policy, PolicyOverrides, PolicyRule } from './policyTypes.js';

function isCompletePolicy(policy: PolicyOverrides | Policy): policy is Policy {
  return (
    policy.rules !== undefined &&
    Array.isArray(policy.exceptions) &&
    CONTACT_KINDS.every((kind) => policy.rules?.[kind] !== undefined && Object.keys(policy.rules[kind]!).length === 4)
  );
}

/**
 * Merges overrides into the default policy, per kind and per contract state.
 *
 * @example
 * ```ts
 * resolvePolicy({ rules: { url: { none: 'allow' } } }).rules.url;
 * // { none: 'allow', pending: 'warn', active: 'allow', ended: 'allow' }
 * ```
 *
 * @group Policy
 */
export function resolvePolicy(policy?: PolicyOverrides | Policy): Policy {
  if (!policy) return DEFAULT_POLICY;
  if (isCompletePolicy(policy)) return policy;
  const rules = Object.fromEntries(
    CONTACT_KINDS.map((kind) => [kind, { ...DEFAULT_POLICY.rules[kind], ...policy.rules?.[kind] } satisfies PolicyRule]),
  ) as Policy['rules'];
  return { rules, exceptions: [...DEFAULT_POLICY.exceptions, ...(policy.exceptions ?? [])] };
}

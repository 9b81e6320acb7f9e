import { CONTACT_KINDS, type ContactKind, type ContactMatch } from '../types.js';
import { type Check, fail, shape } from '../validate.js';
import type {
  AppliedException,
  ContractState,
  EvaluatePolicyOptions,
  Policy,
  PolicyDecision,
  PolicyException,
  PolicyReason,
  PolicyVerdict,
  PolicyViolation,
} from './policyTypes.js';
import { CONTRACT_STATES } from './policyTypes.js';
import { KIND, resolvePolicy, STATE } from './resolvePolicy.js';

const STRENGTH: Record<PolicyDecision, number> = { allow: 0, warn: 1, block: 2 };

const RULE_NAMES: Record<ContactKind, string> = {
  email: 'email',
  phone: 'phone',
  social: 'social',
  meeting: 'meeting',
  url: 'link',
  intent: 'intent',
  payment: 'payment',
};

/**
 * The states in which `kind` is allowed under `policy` (data for copy like "once the contract starts").
 *
 * @example
 * ```ts
 * statesAllowing('phone'); // ['active', 'ended']
 * statesAllowing('payment'); // [] (off-platform payment is never allowed)
 * ```
 *
 * @group Policy
 */
export function statesAllowing(kind: ContactKind, policy?: Policy): ContractState[] {
  KIND(kind, 'statesAllowing: kind');
  const rule = resolvePolicy(policy, 'statesAllowing: policy').rules[kind];
  return CONTRACT_STATES.filter((state) => rule[state] === 'allow');
}

function reasonFor(kind: ContactKind, policy: Policy): PolicyReason {
  const allowedIn = statesAllowing(kind, policy);
  if (allowedIn.length === 0) return 'always';
  return allowedIn.includes('active') ? 'until-contract' : 'in-this-state';
}

function ruleId(kind: ContactKind, reason: PolicyReason): string {
  if (kind === 'payment' && reason === 'always') return 'no-off-platform-payment';
  return reason === 'until-contract' ? `no-${RULE_NAMES[kind]}-before-contract` : `no-${RULE_NAMES[kind]}`;
}

/** The host a finding points at: an email's domain or a link's host. */
function domainOf(match: ContactMatch): string | undefined {
  const value = (match.value ?? match.text).toLowerCase();
  if (match.kind === 'email') return value.slice(value.lastIndexOf('@') + 1);
  const host = /^(?:[a-z]{2,8}:\/\/)?([^/?#:\s]+)/.exec(value)?.[1];
  return host?.replace(/^www\./, '');
}

function exceptionApplies(exception: PolicyException, match: ContactMatch, contractState: ContractState): boolean {
  if (exception.kind !== undefined && exception.kind !== match.kind) return false;
  if (exception.states !== undefined && !exception.states.includes(contractState)) return false;
  if (exception.domains !== undefined) {
    const domain = domainOf(match);
    if (!domain) return false;
    return exception.domains.some((allowed) => {
      const bare = allowed.toLowerCase().replace(/^www\./, '');
      return domain === bare || domain.endsWith(`.${bare}`);
    });
  }
  return true;
}

/**
 * Combines findings with the conversation's contract state. `decision` is the strongest action
 * of the violations; exceptions let a kind or a domain through and are listed in the verdict.
 *
 * @example
 * ```ts
 * const matches = createDetector({ defaultCountry: 'NL' }).detect('text me on 0612 345 678');
 * evaluatePolicy(matches, { contractState: 'none' });
 * // { decision: 'block', exceptions: [], violations: [
 * //   { kind: 'intent', action: 'warn', rule: 'no-intent-before-contract', reason: 'until-contract', match: … },
 * //   { kind: 'phone', action: 'block', rule: 'no-phone-before-contract', reason: 'until-contract', match: … }] }
 * evaluatePolicy(matches, { contractState: 'active' }).decision; // 'allow'
 * ```
 *
 * @group Policy
 */
export function evaluatePolicy(matches: readonly ContactMatch[], options: EvaluatePolicyOptions): PolicyVerdict {
  if (!Array.isArray(matches as unknown)) fail('evaluatePolicy: matches', matches, 'an array of matches');
  return evaluateWith('evaluatePolicy', matches, options, checkPolicyOptions('evaluatePolicy', options));
}

/** @internal Validates `options` (contract state, policy and any `extra` fields) before any detection. */
export function checkPolicyOptions(fn: string, options: EvaluatePolicyOptions, extra?: Record<string, Check>): Policy {
  shape({ contractState: STATE, policy() {}, ...extra }, ['contractState'])(options, `${fn}: options`);
  return resolvePolicy(options.policy, `${fn}: options.policy`);
}

/** @internal `evaluatePolicy` once the options are checked. */
export function evaluateWith(fn: string, matches: readonly ContactMatch[], { contractState }: EvaluatePolicyOptions, policy: Policy): PolicyVerdict {
  const violations: PolicyViolation[] = [];
  const exceptions: AppliedException[] = [];
  let decision: PolicyDecision = 'allow';
  for (const [index, match] of matches.entries()) {
    if (!CONTACT_KINDS.includes(match?.kind)) KIND(match?.kind, `${fn}: matches[${index}].kind`);
    const action = policy.rules[match.kind][contractState];
    if (action === 'allow') continue;
    const exception = policy.exceptions.find((candidate) => exceptionApplies(candidate, match, contractState));
    if (exception) {
      exceptions.push({ exception, match });
      continue;
    }
    const reason = reasonFor(match.kind, policy);
    violations.push({ match, kind: match.kind, action, rule: ruleId(match.kind, reason), reason });
    if (STRENGTH[action] > STRENGTH[decision]) decision = action;
  }
  return { decision, violations, exceptions };
}

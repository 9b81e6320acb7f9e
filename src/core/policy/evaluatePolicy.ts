import { CONTACT_KINDS, type ContactKind, type ContactMatch } from '../types.js';
import { fail, oneOf, record } from '../validate.js';
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
import { resolvePolicy } from './resolvePolicy.js';

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

/** The states in which `kind` is allowed under `policy` (data for copy like "once the contract starts"). */
export function statesAllowing(kind: ContactKind, policy?: Policy): ContractState[] {
  const rule = resolvePolicy(policy).rules[kind];
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
 */
export function evaluatePolicy(matches: readonly ContactMatch[], options: EvaluatePolicyOptions): PolicyVerdict {
  return evaluatePolicyAs('evaluatePolicy', matches, options);
}

/** @internal `evaluatePolicy`, naming the public function in its errors. */
export function evaluatePolicyAs(fn: string, matches: readonly ContactMatch[], options: EvaluatePolicyOptions): PolicyVerdict {
  if (!Array.isArray(matches as unknown)) fail(fn, 'matches', matches, 'an array of matches');
  const { contractState } = record(fn, 'options', options) as Partial<EvaluatePolicyOptions>;
  oneOf(fn, 'options.contractState', contractState, CONTRACT_STATES);
  const policy = resolvePolicy(options.policy, fn);
  const violations: PolicyViolation[] = [];
  const exceptions: AppliedException[] = [];
  let decision: PolicyDecision = 'allow';
  for (const match of matches) {
    const action = policy.rules[oneOf(fn, 'match.kind', match?.kind, CONTACT_KINDS)][contractState!];
    if (action === 'allow') continue;
    const exception = policy.exceptions.find((candidate) => exceptionApplies(candidate, match, contractState!));
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

import type { ContactKind, ContactMatch, Detector } from '../types.js';

/** Where the conversation stands. `pending` = an offer was sent but not accepted yet. */
export type ContractState = 'none' | 'pending' | 'active' | 'ended';

export const CONTRACT_STATES: readonly ContractState[] = ['none', 'pending', 'active', 'ended'];

/** What to do with a message: the strongest action of its violations. */
export type PolicyDecision = 'allow' | 'warn' | 'block';

export const POLICY_DECISIONS: readonly PolicyDecision[] = ['allow', 'warn', 'block'];

/** Per contract state, what to do with one kind of finding. */
export type PolicyRule = Readonly<Record<ContractState, PolicyDecision>>;

/**
 * Why a finding is not allowed now, as a code the UI turns into copy:
 * - `until-contract`: allowed once a contract is active ("Phone numbers can be shared once the contract starts").
 * - `always`: never allowed in any state ("Payments must stay on the platform, even during a contract").
 * - `in-this-state`: the policy forbids it in this state but allows it in another one that is not a contract.
 */
export type PolicyReason = 'until-contract' | 'always' | 'in-this-state';

/** An exception lets a kind, or findings on some domains, through before a contract. */
export interface PolicyException {
  /** Stable id reported in the verdict, e.g. 'system-access-email'. */
  id: string;
  /** Only findings of this kind. @default every kind */
  kind?: ContactKind;
  /** Only findings whose value is on one of these domains (or their sub-domains). @default any domain */
  domains?: readonly string[];
  /** Only in these contract states. @default every state */
  states?: readonly ContractState[];
}

/** A complete policy: a rule for every kind, plus exceptions. */
export interface Policy {
  rules: Readonly<Record<ContactKind, PolicyRule>>;
  exceptions: readonly PolicyException[];
}

/** What integrators pass: override any kind × state, add exceptions. */
export interface PolicyOverrides {
  rules?: Partial<Record<ContactKind, Partial<Record<ContractState, PolicyDecision>>>>;
  exceptions?: readonly PolicyException[];
}

export interface PolicyViolation {
  match: ContactMatch;
  kind: ContactKind;
  action: Exclude<PolicyDecision, 'allow'>;
  /** e.g. 'no-phone-before-contract', 'no-off-platform-payment'. */
  rule: string;
  reason: PolicyReason;
}

/**
 * A violation without its finding: what the policy objects to and why, and nothing of the detail
 * itself (no text, no value). What a reader may learn about something hidden from them.
 */
export type ViolationSummary = Pick<PolicyViolation, 'kind' | 'action' | 'rule' | 'reason'>;

export interface AppliedException {
  exception: PolicyException;
  match: ContactMatch;
}

export interface PolicyVerdict {
  decision: PolicyDecision;
  violations: PolicyViolation[];
  /** Exceptions that let a finding through (empty when none applied). */
  exceptions: AppliedException[];
}

export interface EvaluatePolicyOptions {
  contractState: ContractState;
  policy?: PolicyOverrides | Policy;
}

export interface CheckMessageOptions extends EvaluatePolicyOptions {
  /** A detector built with `createDetector` (defaults to one with default options). */
  detector?: Detector;
  /** The author's recent earlier messages in this conversation, oldest first. */
  history?: readonly string[];
  /**
   * The longest message accepted, in UTF-16 code units. A longer one is blocked without being
   * scanned: `decision: 'block'`, no matches, and `tooLong` set. @default the detector's `maxLength`, else 20000
   */
  maxLength?: number;
}

/** Why a message was blocked without being scanned: it is longer than `maxLength`. */
export interface TooLong {
  rule: 'too-long';
  /** The message's length, in UTF-16 code units. */
  length: number;
  maxLength: number;
}

export type CheckMessageResult = PolicyVerdict & {
  matches: ContactMatch[];
  /** Set when the message is over `maxLength`: it was blocked unread (`decision: 'block'`, no violations). */
  tooLong?: TooLong;
};

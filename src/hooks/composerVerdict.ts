import type { CheckMessageResult, PolicyDecision, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactMatch } from '../core/types.js';

/** Identifies a finding across edits (its kind and text), so a dispute survives typing elsewhere. */
export const findingKey = (match: Pick<ContactMatch, 'kind' | 'text'>) => `${match.kind}:${match.text}`;

const strongest = (violations: readonly PolicyViolation[]): PolicyDecision =>
  violations.some((violation) => violation.action === 'block') ? 'block' : violations.length > 0 ? 'warn' : 'allow';

/**
 * The verdict the composer acts on: the policy's, with the findings the person disputed lowered
 * from a block to a warning (they may send after a confirmation; the server still decides), or the
 * server's own refusal while it stands.
 */
export function composerVerdict(
  verdict: CheckMessageResult,
  { disputed, rejection }: { disputed: readonly string[]; rejection: CheckMessageResult | undefined },
): CheckMessageResult {
  if (rejection) return rejection;
  if (disputed.length === 0 || verdict.tooLong) return verdict;
  let changed = false;
  const violations = verdict.violations.map((violation) => {
    if (violation.action !== 'block' || !disputed.includes(findingKey(violation.match))) return violation;
    changed = true;
    return { ...violation, action: 'warn' as const };
  });
  return changed ? { ...verdict, violations, decision: strongest(violations) } : verdict;
}

const isViolation = (value: unknown): value is PolicyViolation => {
  const violation = value as Partial<PolicyViolation> | null;
  const match = violation?.match as Partial<ContactMatch> | undefined;
  return typeof violation?.kind === 'string' && typeof match?.start === 'number' && typeof match.end === 'number' && typeof match.text === 'string';
};

/**
 * The server's refusal carried by an `onSend` rejection: an error (or any object) with a
 * `violations` array in the shape `checkMessage` returns. It is shown as a block, whatever the
 * server's own `decision` field says. Anything else (a network error) is not a refusal.
 */
export function policyRejectionOf(error: unknown): CheckMessageResult | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { violations, tooLong } = error as { violations?: unknown; tooLong?: CheckMessageResult['tooLong'] };
  if (!Array.isArray(violations)) return undefined;
  const valid = violations.filter(isViolation).map((violation) => ({ ...violation, action: 'block' as const }));
  if (valid.length === 0 && !tooLong) return undefined;
  return { decision: 'block', violations: valid, exceptions: [], matches: valid.map((violation) => violation.match), tooLong };
}

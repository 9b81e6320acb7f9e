// @vitest-environment node
import fc from 'fast-check';
import { createDetector } from '../../src/core/createDetector';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { DEFAULT_POLICY } from '../../src/core/policy/defaultPolicy';
import { evaluatePolicy } from '../../src/core/policy/evaluatePolicy';
import type { ContractState, PolicyDecision } from '../../src/core/policy/policyTypes';
import { CONTRACT_STATES } from '../../src/core/policy/policyTypes';
import { CONTACT_KINDS, type ContactKind, type ContactMatch } from '../../src/core/types';

// Issue 15: 100,000 random option objects (20,000 detectors, 40,000 checks, 40,000 evaluations).
// Each call either throws a TypeError or RangeError that names the function and the option, or
// returns a verdict: exactly the policy's explicit actions, with the default wherever the policy
// leaves a kind or state out (never less strict than the default for what it doesn't mention).

const STRENGTH: Record<PolicyDecision, number> = { allow: 0, warn: 1, block: 2 };
const NAMED_ERROR = /^(createDetector|checkMessage|evaluatePolicy): (options|matches)\S* (key )?is .+; expected .+/;

function expectNamedError(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    expect(error instanceof TypeError || error instanceof RangeError, String(error)).toBe(true);
    expect((error as Error).message).toMatch(NAMED_ERROR);
    return undefined;
  }
}

// One finding of every kind, so the verdict shows the action for each.
const MATCHES: ContactMatch[] = CONTACT_KINDS.map((kind, index) => ({
  kind,
  start: index * 2,
  end: index * 2 + 1,
  text: 'x',
  value: kind === 'email' ? 'x@mail.co' : kind === 'url' ? 'https://x.io' : 'x',
  obfuscated: false,
  confidence: 1,
}));
const STUB_DETECTOR = { detect: () => MATCHES };

// Values of every type, and near misses of every vocabulary.
const junk = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
  fc.double({ noNaN: false }),
);
const nearMiss = (words: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 1, arbitrary: fc.constantFrom(...words).map((word) => word.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...words).map((word) => word.slice(0, -1)) },
    { weight: 1, arbitrary: junk },
  );
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary }, { weight: 1, arbitrary: junk });
const withTypo = <T extends object>(arbitrary: fc.Arbitrary<T>, keys: readonly string[]) =>
  fc.oneof(
    { weight: 9, arbitrary },
    { weight: 1, arbitrary: fc.tuple(arbitrary, fc.constantFrom(...keys), junk).map(([value, key, extra]) => ({ ...value, [`${key.slice(0, -1)}`]: extra })) },
  );

const kind = nearMiss(CONTACT_KINDS);
const state = nearMiss(CONTRACT_STATES);
const action = nearMiss(['allow', 'warn', 'block']);
const rule = withTypo(fc.record({ none: action, pending: action, active: action, ended: action }, { requiredKeys: [] }), CONTRACT_STATES);
const rules = withTypo(fc.record(Object.fromEntries(CONTACT_KINDS.map((name) => [name, maybe(rule)])), { requiredKeys: [] }), CONTACT_KINDS);
const exception = maybe(
  fc.record({ id: maybe(fc.constantFrom('a', 'b')), kind, domains: maybe(fc.array(maybe(fc.constantFrom('mail.co', 'x.io')), { maxLength: 2 })), states: maybe(fc.array(state, { maxLength: 2 })) }, { requiredKeys: ['id'] }),
);
const policy = maybe(withTypo(fc.record({ rules: maybe(rules), exceptions: maybe(fc.array(exception, { maxLength: 2 })) }, { requiredKeys: [] }), ['rules', 'exceptions']));

const strings = maybe(fc.array(maybe(fc.constantFrom('market.example', 'hire me elsewhere', '')), { maxLength: 2 }));
const definitions = maybe(fc.array(maybe(fc.record({ id: maybe(fc.constant('x')), names: strings, hosts: strings }, { requiredKeys: ['id', 'names'] })), { maxLength: 1 }));
const stage = maybe(fc.boolean());
const detectorOptions = maybe(
  withTypo(
    fc.record(
      {
        kinds: maybe(fc.array(kind, { maxLength: 3 })),
        defaultCountry: nearMiss(['US', 'GB', 'NL', 'BR', 'XX', 'GBR', 'us']),
        allowDomains: strings,
        obfuscation: maybe(fc.record({ unicode: stage, spelledSymbols: stage, spelledDigits: stage, separators: stage }, { requiredKeys: [] })),
        platforms: definitions,
        paymentBrands: definitions,
        intentPhrases: strings,
        maxLength: maybe(fc.constantFrom(1, 100, 20_000, 0, -1, 1.5, Infinity)),
      },
      { requiredKeys: [] },
    ),
    ['kinds', 'defaultCountry', 'allowDomains', 'obfuscation', 'maxLength'],
  ),
);

/** What the policy says for `kind` in `contractState`: its own action, else the default's. */
function expectedAction(given: unknown, kind: ContactKind, contractState: ContractState): PolicyDecision {
  const explicit = (given as { rules?: Record<string, Record<string, PolicyDecision> | undefined> } | undefined)?.rules?.[kind]?.[contractState];
  return explicit ?? DEFAULT_POLICY.rules[kind][contractState];
}

function expectVerdictFollowsPolicy(
  verdict: { decision: PolicyDecision; violations: Array<{ kind: ContactKind; action: string }> },
  matches: readonly ContactMatch[],
  given: unknown,
  contractState: ContractState,
): void {
  const hasExceptions = ((given as { exceptions?: unknown[] } | undefined)?.exceptions?.length ?? 0) > 0;
  let strongest: PolicyDecision = 'allow';
  for (const kind of new Set(matches.map((match) => match.kind))) {
    const expected = expectedAction(given, kind, contractState);
    if (STRENGTH[expected] > STRENGTH[strongest]) strongest = expected;
    const violation = verdict.violations.find((item) => item.kind === kind);
    // An exception may let a finding through; nothing else may.
    if (expected !== 'allow' && !hasExceptions) expect(violation?.action).toBe(expected);
    if (violation) expect(violation.action).toBe(expected);
  }
  if (hasExceptions) expect(STRENGTH[verdict.decision]).toBeLessThanOrEqual(STRENGTH[strongest]);
  else expect(verdict.decision).toBe(strongest);
}

describe('random options fail closed (100,000 objects)', () => {
  it('createDetector: a named error, or a detector that works (20,000 objects)', () => {
    fc.assert(
      fc.property(detectorOptions, (options) => {
        const detector = expectNamedError(() => createDetector(options as never)) as ReturnType<typeof createDetector> | undefined;
        if (detector) expect(Array.isArray(detector.detect('mail ana@mail.co or call +1 917 555 0188'))).toBe(true);
      }),
      { seed: 1515, numRuns: 20_000 },
    );
    // 20,000 detectors take ≈12 s alone and more on a shared machine: a size, not a speed, limit.
  }, 120_000);

  it('evaluatePolicy: a named error, or the policy with the default for what it leaves out (40,000 objects)', () => {
    fc.assert(
      fc.property(policy, state, (given, contractState) => {
        const verdict = expectNamedError(() => evaluatePolicy(MATCHES, { contractState: contractState as ContractState, policy: given as never }));
        if (verdict) expectVerdictFollowsPolicy(verdict as never, MATCHES, given, contractState as ContractState);
      }),
      { seed: 1516, numRuns: 40_000 },
    );
  });

  it('checkMessage: a named error, or the policy with the default for what it leaves out (40,000 objects)', () => {
    const options = withTypo(
      fc.record(
        {
          contractState: state,
          policy,
          history: maybe(fc.array(maybe(fc.constant('917')), { maxLength: 2 })),
          maxLength: maybe(fc.constantFrom(1, 5, 100, 0, 2.5)),
          detector: fc.oneof({ weight: 8, arbitrary: fc.constant(STUB_DETECTOR) }, { weight: 1, arbitrary: junk }),
        },
        { requiredKeys: ['detector'] },
      ),
      ['contractState', 'policy', 'history', 'maxLength'],
    );
    fc.assert(
      fc.property(options, (given) => {
        const verdict = expectNamedError(() => checkMessage('call me +1 917 555 0188', given as never)) as ReturnType<typeof checkMessage> | undefined;
        if (!verdict) return;
        // Over the limit: blocked unread, the strictest answer.
        if (verdict.tooLong) expect(verdict.decision).toBe('block');
        else expectVerdictFollowsPolicy(verdict, verdict.matches, (given as { policy?: unknown }).policy, (given as { contractState: ContractState }).contractState);
      }),
      { seed: 1517, numRuns: 40_000 },
    );
  });
});

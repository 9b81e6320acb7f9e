// @vitest-environment node
import { DEFAULT_POLICY } from '../../../src/core/policy/defaultPolicy';
import { evaluatePolicy, statesAllowing } from '../../../src/core/policy/evaluatePolicy';
import type { ContactKind, ContactMatch } from '../../../src/core/types';
import { KIND_DECISION_CASES as cases } from '../../fixtures/defaultPolicyMatrix';

const match = (kind: ContactKind, value?: string): ContactMatch => ({
  kind,
  start: 0,
  end: 5,
  text: 'xxxxx',
  obfuscated: false,
  confidence: 0.9,
  ...(value ? { value } : {}),
});

describe('evaluatePolicy with the default policy', () => {
  it.each(cases)('%s in a %s conversation → %s', (kind, contractState, decision) => {
    const verdict = evaluatePolicy([match(kind)], { contractState });
    expect(verdict.decision).toBe(decision);
    expect(verdict.violations).toHaveLength(decision === 'allow' ? 0 : 1);
  });

  it('explains each violation with a rule id and when it lifts', () => {
    const verdict = evaluatePolicy([match('phone'), match('payment')], { contractState: 'none' });
    expect(verdict.violations.map(({ rule, reason, action }) => ({ rule, reason, action }))).toEqual([
      { rule: 'no-phone-before-contract', reason: 'until-contract', action: 'block' },
      { rule: 'no-off-platform-payment', reason: 'always', action: 'block' },
    ]);
  });

  it('takes the strongest action as the decision', () => {
    expect(evaluatePolicy([match('url'), match('email')], { contractState: 'pending' }).decision).toBe('block');
    expect(evaluatePolicy([match('url'), match('intent')], { contractState: 'pending' }).decision).toBe('warn');
    expect(evaluatePolicy([], { contractState: 'none' }).decision).toBe('allow');
  });

  it('is exportable as data for docs', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_POLICY)).rules.payment.active).toBe('block');
    expect(statesAllowing('phone')).toEqual(['active', 'ended']);
    expect(statesAllowing('payment')).toEqual([]);
  });
});

describe('policy overrides and exceptions', () => {
  it('overrides one kind in one state and keeps the rest', () => {
    const policy = { rules: { url: { none: 'allow' as const } } };
    expect(evaluatePolicy([match('url')], { contractState: 'none', policy }).decision).toBe('allow');
    expect(evaluatePolicy([match('url')], { contractState: 'pending', policy }).decision).toBe('warn');
    expect(evaluatePolicy([match('phone')], { contractState: 'none', policy }).decision).toBe('block');
  });

  it('reports in-this-state when a kind is only allowed outside a contract', () => {
    const policy = { rules: { email: { none: 'block' as const, pending: 'allow' as const, active: 'block' as const, ended: 'block' as const } } };
    expect(evaluatePolicy([match('email')], { contractState: 'none', policy }).violations[0]?.reason).toBe('in-this-state');
  });

  it('lets a domain through before a contract and says which exception applied', () => {
    const policy = { exceptions: [{ id: 'system-access-email', kind: 'email' as const, domains: ['market.example'] }] };
    const verdict = evaluatePolicy([match('email', 'it@login.market.example'), match('email', 'ana@mail.co')], {
      contractState: 'none',
      policy,
    });
    expect(verdict.exceptions.map((applied) => applied.exception.id)).toEqual(['system-access-email']);
    expect(verdict.violations.map((violation) => violation.match.value)).toEqual(['ana@mail.co']);
    expect(verdict.decision).toBe('block');
  });

  it('applies a kind-wide exception only in the states it names', () => {
    const policy = { exceptions: [{ id: 'links-when-offered', kind: 'url' as const, states: ['pending' as const] }] };
    expect(evaluatePolicy([match('url', 'https://x.dev')], { contractState: 'pending', policy }).decision).toBe('allow');
    expect(evaluatePolicy([match('url', 'https://x.dev')], { contractState: 'none', policy }).decision).toBe('warn');
  });

  it('throws a TypeError naming the function for bad input', () => {
    // @ts-expect-error: testing a JavaScript caller
    expect(() => evaluatePolicy('nope', { contractState: 'none' })).toThrow(/evaluatePolicy/);
    // @ts-expect-error: testing a JavaScript caller
    expect(() => evaluatePolicy([], { contractState: 'signed' })).toThrow(/contractState/);
  });

  it.each([
    ['phone', 'none', 'no-phone-before-contract', 'until-contract'],
    ['email', 'pending', 'no-email-before-contract', 'until-contract'],
    ['social', 'none', 'no-social-before-contract', 'until-contract'],
    ['meeting', 'pending', 'no-meeting-before-contract', 'until-contract'],
    ['url', 'none', 'no-link-before-contract', 'until-contract'],
    ['intent', 'pending', 'no-intent-before-contract', 'until-contract'],
    ['payment', 'none', 'no-off-platform-payment', 'always'],
    ['payment', 'active', 'no-off-platform-payment', 'always'],
    ['payment', 'ended', 'no-off-platform-payment', 'always'],
  ] as const)('names the %s rule in a %s conversation %s (%s)', (kind, contractState, rule, reason) => {
    expect(evaluatePolicy([match(kind)], { contractState }).violations[0]).toMatchObject({ kind, rule, reason });
  });

  it.each([
    ['email', 'it@market.com', true],
    ['email', 'it@login.market.com', true],
    ['email', 'IT@Login.Market.COM', true],
    ['email', 'ana@evilmarket.com', false],
    ['email', 'ana@market.com.evil.io', false],
    ['url', 'https://help.market.com/articles/12', true],
    ['url', 'https://www.market.com', true],
    ['url', 'market.com', true],
    ['url', 'https://notmarket.com', false],
    ['url', 'https://market.com.evil.io/login', false],
    ['url', 'https://evil.io/?next=market.com', false],
  ] as const)('domain exception on %s %s applies: %s', (kind, value, applies) => {
    const policy = { exceptions: [{ id: 'own-domain', domains: ['market.com'] }] };
    const verdict = evaluatePolicy([match(kind, value)], { contractState: 'none', policy });
    expect(verdict.exceptions).toHaveLength(applies ? 1 : 0);
    expect(verdict.violations).toHaveLength(applies ? 0 : 1);
  });

  it('lets a whole kind through before a contract with a kind exception', () => {
    const policy = { exceptions: [{ id: 'meetings-for-interviews', kind: 'meeting' as const }] };
    const verdict = evaluatePolicy([match('meeting'), match('phone')], { contractState: 'pending', policy });
    expect(verdict.exceptions).toEqual([{ exception: policy.exceptions[0], match: match('meeting') }]);
    expect(verdict.violations.map((violation) => violation.kind)).toEqual(['phone']);
  });

  it('lists no exception for findings the rules already allow', () => {
    const policy = { exceptions: [{ id: 'own-domain', domains: ['market.com'] }] };
    expect(evaluatePolicy([match('email', 'it@market.com')], { contractState: 'active', policy }).exceptions).toEqual([]);
  });

  it.each([
    [['intent', 'url'], 'warn'],
    [['intent', 'payment', 'url'], 'block'],
    [['url', 'url'], 'warn'],
    [['phone'], 'block'],
  ] as const)('decides by the strongest action: %j → %s', (kinds, decision) => {
    const verdict = evaluatePolicy(kinds.map((kind) => match(kind)), { contractState: 'none' });
    expect(verdict.decision).toBe(decision);
    expect(verdict.violations).toHaveLength(kinds.length);
  });

  it('does not mutate DEFAULT_POLICY when overriding', () => {
    const before = JSON.stringify(DEFAULT_POLICY);
    evaluatePolicy([match('url')], { contractState: 'none', policy: { rules: { url: { none: 'block' } }, exceptions: [{ id: 'x' }] } });
    expect(JSON.stringify(DEFAULT_POLICY)).toBe(before);
  });
});

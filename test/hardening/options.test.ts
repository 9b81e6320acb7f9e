// @vitest-environment node
import { composeDetector } from '../../src/core/composeDetector';
import { createDetector } from '../../src/core/createDetector';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { createMessageChecker } from '../../src/core/policy/createMessageChecker';
import { DEFAULT_POLICY } from '../../src/core/policy/defaultPolicy';
import { evaluatePolicy, statesAllowing } from '../../src/core/policy/evaluatePolicy';
import { resolvePolicy } from '../../src/core/policy/resolvePolicy';
import { createEmailRecognizer } from '../../src/core/recognizers/emailRecognizer';
import { createUrlRecognizer } from '../../src/core/recognizers/urlRecognizer';
import type { ContactMatch } from '../../src/core/types';

// Issue 15, item 1: a misconfiguration fails closed. Every option, wrong types and near misses:
// each throws a TypeError or RangeError naming the function, the option and what is allowed.

const PHONE = 'call me on +1 917 555 0188';

type Case = [label: string, options: unknown, error: typeof TypeError | typeof RangeError, message: RegExp];

const DETECTOR_CASES: Case[] = [
  ['options as a string', 'strict', TypeError, /options is "strict"; expected an object/],
  ['options as null', null, TypeError, /options is null; expected an object/],
  ['options as an array', [], TypeError, /options is an array; expected an object/],
  ['a misspelt option', { kind: ['email'] }, RangeError, /options key is "kind"; expected one of kinds, .*did you mean "kinds"/],
  ['kinds as a string', { kinds: 'email' }, TypeError, /options.kinds is "email"; expected an array/],
  ['kinds empty', { kinds: [] }, RangeError, /options.kinds is an array; expected at least one item/],
  ['an unknown kind', { kinds: ['fax'] }, RangeError, /options.kinds\[0\] is "fax"; expected one of email, phone, url, social, meeting, payment, intent$/],
  ['a kind in the wrong case', { kinds: ['Email'] }, RangeError, /options.kinds\[0\] is "Email"; .*did you mean "email"/],
  ['a kind that is not a string', { kinds: [1] }, TypeError, /options.kinds\[0\] is 1; expected one of/],
  ['defaultCountry as a number', { defaultCountry: 123 }, TypeError, /options.defaultCountry is 123; expected a string/],
  ['defaultCountry with three letters', { defaultCountry: 'GBR' }, RangeError, /options.defaultCountry is "GBR"; expected a two-letter ISO 3166 region/],
  ['defaultCountry unknown', { defaultCountry: 'XX' }, RangeError, /options.defaultCountry is "XX"; expected an ISO 3166 region with phone numbers/],
  ['allowDomains as a string', { allowDomains: 'x' }, TypeError, /options.allowDomains is "x"; expected an array/],
  ['allowDomains with a number', { allowDomains: [1] }, TypeError, /options.allowDomains\[0\] is 1; expected a string/],
  ['obfuscation as a boolean', { obfuscation: false }, TypeError, /options.obfuscation is false; expected an object/],
  ['an obfuscation stage as a string', { obfuscation: { unicode: 'no' } }, TypeError, /options.obfuscation.unicode is "no"; expected a boolean/],
  ['a misspelt obfuscation stage', { obfuscation: { spelledDigit: false } }, RangeError, /obfuscation key is "spelledDigit"; .*did you mean "spelledDigits"/],
  ['platforms as an object', { platforms: {} }, TypeError, /options.platforms is object; expected an array/],
  ['a platform without names', { platforms: [{ id: 'x' }] }, TypeError, /options.platforms\[0\].names is undefined; expected an array/],
  ['a platform id as a number', { platforms: [{ id: 1, names: ['x'] }] }, TypeError, /options.platforms\[0\].id is 1; expected a string/],
  ['a payment brand with a bad host', { paymentBrands: [{ id: 'x', names: ['x'], hosts: [null] }] }, TypeError, /options.paymentBrands\[0\].hosts\[0\] is null/],
  ['intentPhrases as a string', { intentPhrases: 'dm me' }, TypeError, /options.intentPhrases is "dm me"; expected an array/],
  ['maxLength as a string', { maxLength: '100' }, TypeError, /options.maxLength is "100"; expected a number/],
  ['maxLength zero', { maxLength: 0 }, RangeError, /options.maxLength is 0; expected a whole number of at least 1/],
  ['maxLength fractional', { maxLength: 1.5 }, RangeError, /options.maxLength is 1.5/],
  ['maxLength infinite', { maxLength: Infinity }, RangeError, /options.maxLength is Infinity/],
];

describe('detector options are validated when the detector is built', () => {
  it.each(DETECTOR_CASES)('createDetector rejects %s', (_label, options, error, message) => {
    const build = () => createDetector(options as never);
    expect(build).toThrow(error);
    expect(build).toThrow(/^createDetector: /);
    expect(build).toThrow(message);
  });

  it.each(DETECTOR_CASES)('detectContactInfo names itself for %s', (_label, options, error, message) => {
    if (options === undefined) return;
    const detect = () => detectContactInfo('hi', options as never);
    expect(detect).toThrow(error);
    expect(detect).toThrow(/^detectContactInfo: /);
    expect(detect).toThrow(message);
  });

  it('composeDetector names itself, and refuses a detector that could report nothing', () => {
    expect(() => composeDetector([createEmailRecognizer], { kinds: ['Email' as never] })).toThrow(/^composeDetector: options.kinds\[0\]/);
    expect(() => composeDetector([createEmailRecognizer], { kinds: ['phone'] })).toThrow(RangeError);
    expect(() => composeDetector([], {})).toThrow(/^composeDetector: options.kinds is ".*"; expected a kind one of the recognizers reports/);
    expect(() => composeDetector('email' as never)).toThrow(/^composeDetector: recognizers is "email"; expected an array/);
    expect(() => composeDetector([42 as never])).toThrow(/^composeDetector: recognizers\[0\] is 42; expected a function/);
  });

  it('keeps accepting every valid option, case-insensitive countries included', () => {
    const detector = createDetector({
      kinds: ['email', 'phone'],
      defaultCountry: 'gb',
      allowDomains: ['market.example'],
      obfuscation: { unicode: true, spelledSymbols: false, spelledDigits: true, separators: true },
      platforms: [{ id: 'threema', names: ['threema'], hosts: ['threema.id'] }],
      paymentBrands: [{ id: 'payx', names: ['payx'] }],
      intentPhrases: ['ping me elsewhere'],
      maxLength: 500,
    });
    expect(detector.maxLength).toBe(500);
    expect(detector.detect('ring 020 7946 0958 or ana@mail.co').map((match) => match.kind)).toEqual(['phone', 'email']);
    // A missing option (undefined) takes its default rather than failing.
    expect(createDetector({ kinds: undefined, defaultCountry: undefined }).detect(PHONE).map((match) => match.kind)).toContain('phone');
  });
});

const POLICY_CASES: Case[] = [
  ['an action in capitals', { rules: { phone: { none: 'BLOCK' } } }, RangeError, /policy.rules.phone.none is "BLOCK"; expected one of allow, warn, block \(did you mean "block"\?\)/],
  ['an unknown action', { rules: { phone: { none: 'deny' } } }, RangeError, /policy.rules.phone.none is "deny"; expected one of allow, warn, block$/],
  ['an action as a boolean', { rules: { phone: { none: true } } }, TypeError, /policy.rules.phone.none is true; expected one of allow, warn, block/],
  ['an action as null', { rules: { phone: { none: null } } }, TypeError, /policy.rules.phone.none is null/],
  ['a misspelt state', { rules: { phone: { none: 'block', pending: 'block', active: 'allow', ende: 'allow' } } }, RangeError, /policy.rules.phone key is "ende"; .*did you mean "ended"/],
  ['an unknown kind', { rules: { fax: { none: 'allow' } } }, RangeError, /policy.rules key is "fax"; expected one of email/],
  ['a kind in the wrong case', { rules: { Email: { none: 'allow' } } }, RangeError, /did you mean "email"/],
  ['rules as an array', { rules: [] }, TypeError, /policy.rules is an array; expected an object/],
  ['a rule as a string', { rules: { phone: 'allow' } }, TypeError, /policy.rules.phone is "allow"; expected an object/],
  ['exceptions as a string', { exceptions: 'x' }, TypeError, /policy.exceptions is "x"; expected an array/],
  ['an exception as a string', { exceptions: ['x'] }, TypeError, /policy.exceptions\[0\] is "x"; expected an object/],
  ['an exception without an id', { exceptions: [{ kind: 'email' }] }, TypeError, /policy.exceptions\[0\].id is undefined; expected a string/],
  ['an exception for an unknown kind', { exceptions: [{ id: 'a', kind: 'mail' }] }, RangeError, /policy.exceptions\[0\].kind is "mail"/],
  ['an exception with domains as a string', { exceptions: [{ id: 'a', domains: 'x.io' }] }, TypeError, /policy.exceptions\[0\].domains is "x.io"; expected an array/],
  ['an exception for an unknown state', { exceptions: [{ id: 'a', states: ['signed'] }] }, RangeError, /policy.exceptions\[0\].states\[0\] is "signed"/],
  ['a misspelt exception field', { exceptions: [{ id: 'a', domain: ['x.io'] }] }, RangeError, /did you mean "domains"/],
  ['a misspelt policy field', { rule: { phone: { none: 'allow' } } }, RangeError, /policy key is "rule"; .*did you mean "rules"/],
  ['policy as a string', 'strict', TypeError, /policy is "strict"; expected an object/],
  ['policy as null', null, TypeError, /policy is null; expected an object/],
];

describe('policies are validated before anything is allowed', () => {
  it.each(POLICY_CASES)('evaluatePolicy rejects %s', (_label, policy, error, message) => {
    const evaluate = () => evaluatePolicy([], { contractState: 'none', policy: policy as never });
    expect(evaluate).toThrow(error);
    expect(evaluate).toThrow(/^evaluatePolicy: options\.policy/);
    expect(evaluate).toThrow(message);
  });

  it.each(POLICY_CASES)('checkMessage rejects %s, before any detection', (_label, policy, error, message) => {
    const check = () => checkMessage(PHONE, { contractState: 'none', policy: policy as never });
    expect(check).toThrow(error);
    expect(check).toThrow(/^checkMessage: options\.policy/);
    expect(check).toThrow(message);
  });

  it.each(POLICY_CASES)('resolvePolicy rejects %s', (_label, policy, error, message) => {
    expect(() => resolvePolicy(policy as never)).toThrow(error);
    expect(() => resolvePolicy(policy as never)).toThrow(message);
  });

  it('applies the default for whatever a partial policy leaves out: payment stays blocked', () => {
    const policy = { rules: { phone: { none: 'allow' as const } } };
    const resolved = resolvePolicy(policy);
    expect(resolved.rules.phone).toEqual({ ...DEFAULT_POLICY.rules.phone, none: 'allow' });
    expect(resolved.rules.payment).toEqual(DEFAULT_POLICY.rules.payment);
    expect(checkMessage('send it to paypal.me/ana', { contractState: 'active', policy }).decision).toBe('block');
  });

  it('validates a complete-looking policy too (four keys are not enough: they must be the four states)', () => {
    const rules = Object.fromEntries(Object.keys(DEFAULT_POLICY.rules).map((kind) => [kind, { none: 'allow', pending: 'allow', active: 'allow', ende: 'allow' }]));
    expect(() => evaluatePolicy([], { contractState: 'ended', policy: { rules, exceptions: [] } as never })).toThrow(/ende/);
  });

  it('statesAllowing checks its kind and policy too', () => {
    expect(() => statesAllowing('Phone' as never)).toThrow(/^statesAllowing: kind is "Phone"; .*did you mean "phone"/);
    expect(() => statesAllowing('phone', { rules: { phone: { none: 'yes' } } } as never)).toThrow(/^statesAllowing: policy.rules.phone.none is "yes"/);
    expect(statesAllowing('phone')).toEqual(['active', 'ended']);
  });

  it('rejects findings of an unknown kind instead of crashing inside', () => {
    const match = { kind: 'fax', start: 0, end: 1, text: 'x', obfuscated: false, confidence: 1 } as unknown as ContactMatch;
    expect(() => evaluatePolicy([match], { contractState: 'none' })).toThrow(/^evaluatePolicy: matches\[0\].kind is "fax"/);
    expect(() => evaluatePolicy('x' as never, { contractState: 'none' })).toThrow(/^evaluatePolicy: matches is "x"; expected an array/);
  });
});

describe('checkMessage options are validated', () => {
  it.each([
    ['options missing', undefined, TypeError, /^checkMessage: options is undefined; expected an object/],
    ['a misspelt option', { contractState: 'none', polcy: {} }, RangeError, /^checkMessage: options key is "polcy"; .*did you mean "policy"/],
    ['history as a string', { contractState: 'none', history: 'x' }, TypeError, /^checkMessage: options.history is "x"; expected an array/],
    ['history with a number', { contractState: 'none', history: [1] }, TypeError, /^checkMessage: options.history\[0\] is 1; expected a string/],
    ['a detector without detect', { contractState: 'none', detector: {} }, TypeError, /^checkMessage: options.detector.detect is undefined; expected a function/],
    ['maxLength negative', { contractState: 'none', maxLength: -1 }, RangeError, /^checkMessage: options.maxLength is -1/],
    ['a detector with a bad maxLength', { contractState: 'none', detector: { detect: () => [], maxLength: NaN } }, RangeError, /^checkMessage: options.detector.maxLength is NaN/],
    ['a state in capitals', { contractState: 'None' }, RangeError, /^checkMessage: options.contractState is "None"; .*did you mean "none"/],
  ] as Case[])('rejects %s', (_label, options, error, message) => {
    expect(() => checkMessage(PHONE, options as never)).toThrow(error);
    expect(() => checkMessage(PHONE, options as never)).toThrow(message);
  });

  it('createMessageChecker checks its detector when it is made', () => {
    expect(() => createMessageChecker({} as never)).toThrow(/^createMessageChecker: detector.detect is undefined; expected a function/);
    expect(() => createMessageChecker(null as never)).toThrow(TypeError);
    const check = createMessageChecker(composeDetector([createEmailRecognizer, createUrlRecognizer]));
    expect(() => check('hi', { contractState: 'none', policy: { rules: { email: { none: 'Allow' } } } } as never)).toThrow(/did you mean "allow"/);
  });
});

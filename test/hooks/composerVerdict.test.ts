// @vitest-environment node
import { checkMessage } from '../../src/core/policy/checkMessage';
import { composerVerdict, findingKey, policyRejectionOf } from '../../src/hooks/composerVerdict';
import { shouldHoldWarning } from '../../src/hooks/shouldHoldWarning';

const check = (text: string) => checkMessage(text, { contractState: 'none' });

describe('composerVerdict', () => {
  it('lowers a disputed block to a warning and leaves the others', () => {
    // A permit number the detector still reads as a phone: what a user disputes ("quote 0612…" is now read as a quote's number).
    const verdict = check('permit 0612 345 678 or ana@mail.co');
    const phone = verdict.violations.find((violation) => violation.kind === 'phone')!;
    const lowered = composerVerdict(verdict, { disputed: [findingKey(phone.match)], rejection: undefined });
    expect(lowered.violations.map((violation) => [violation.kind, violation.action])).toEqual([
      ['phone', 'warn'],
      ['email', 'block'],
    ]);
    expect(lowered.decision).toBe('block');
    const both = composerVerdict(verdict, { disputed: verdict.violations.map((violation) => findingKey(violation.match)), rejection: undefined });
    expect(both.decision).toBe('warn');
  });

  it('returns the same verdict when nothing is disputed, and the refusal while it stands', () => {
    const verdict = check('hello');
    expect(composerVerdict(verdict, { disputed: [], rejection: undefined })).toBe(verdict);
    const refused = check('call +1 917 442 0188');
    expect(composerVerdict(verdict, { disputed: [], rejection: refused })).toBe(refused);
  });
});

describe('policyRejectionOf', () => {
  it('reads checkMessage-shaped violations off an error, as a block', () => {
    const server = { ...check('see https://a.io'), decision: 'warn' };
    const rejection = policyRejectionOf(Object.assign(new Error('422'), server));
    expect(rejection?.decision).toBe('block');
    expect(rejection?.violations.map((violation) => [violation.kind, violation.action])).toEqual([['url', 'block']]);
  });

  it.each([[new Error('offline')], [null], ['422'], [{ violations: [] }], [{ violations: [{ kind: 'phone' }] }], [{ violations: 'phone' }]])(
    'is not a refusal: %j',
    (error) => {
      expect(policyRejectionOf(error)).toBeUndefined();
    },
  );
});

describe('shouldHoldWarning', () => {
  const text = 'sure, text me on nine one';
  const verdict = check(text);
  const base = { verdict, shownDecision: 'allow' as const, text, caret: text.length, typing: true };

  it('holds a fresh warning while the person types just after its finding', () => {
    expect(verdict.decision).toBe('warn');
    expect(shouldHoldWarning(base)).toBe(true);
  });

  it.each([
    ['typing paused', { typing: false }],
    ['the warning is already shown', { shownDecision: 'warn' as const }],
    ['the caret is before the finding', { caret: 2 }],
    ['the caret is far past it', { text: `${text}${' and more words'.repeat(5)}`, caret: text.length + 75 }],
    ['the sentence ended', { text: `${text}. Ok`, caret: text.length + 4 }],
    ['a block', { verdict: check('call +1 917 442 0188') }],
  ])('shows it when %s', (_why, changes) => {
    expect(shouldHoldWarning({ ...base, ...changes })).toBe(false);
  });
});

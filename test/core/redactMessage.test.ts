// @vitest-environment node
import fc from 'fast-check';
import { createDetector } from '../../src/core/createDetector';
import type { ContractState } from '../../src/core/policy/policyTypes';
import { TOO_LONG_MASK } from '../../src/core/defaultMasks';
import { redactMessage } from '../../src/core/redactMessage';
import { hiddenDetails, REDACTION_CASES } from '../fixtures/redactionCases';

describe('redactMessage', () => {
  it('returns the masked text, the runs with what each hides and why, and the caution', () => {
    expect(redactMessage('call +1 917 442 0188', { contractState: 'none' })).toEqual({
      text: 'call [phone number hidden]',
      segments: [
        { display: 'call ', start: 0, end: 5, masked: false },
        {
          display: '[phone number hidden]',
          start: 5,
          end: 26,
          masked: true,
          violation: { kind: 'phone', action: 'block', rule: 'no-phone-before-contract', reason: 'until-contract' },
        },
      ],
      caution: { payment: false, offPlatform: false },
    });
  });

  it.each(REDACTION_CASES)('keeps no hidden detail in any field for %j (%s)', (text, contractState, extra) => {
    const serialised = JSON.stringify(redactMessage(text, { contractState }));
    for (const detail of [...hiddenDetails(text, { contractState }), ...extra]) expect(serialised, `${JSON.stringify(detail)} leaked`).not.toContain(detail);
  });

  it('holds for generated emails and phone numbers in generated messages', () => {
    const word = fc.stringMatching(/^[a-z]{4,9}$/);
    const email = fc.tuple(word, word, fc.constantFrom('com', 'net', 'io')).map(([user, host, tld]) => ({
      detail: `${user}.x@${host}.${tld}`,
      parts: [`${user}.x`, `@${host}`],
    }));
    const phone = fc.tuple(fc.integer({ min: 200, max: 989 }), fc.integer({ min: 0, max: 9999 })).map(([exchange, line]) => ({
      detail: `+1 917 ${exchange} ${String(line).padStart(4, '0')}`,
      parts: [`917 ${exchange}`, String(line).padStart(4, '0')],
    }));
    const template = fc.constantFrom('mail me at {}', '{} is mine', 'here: {} ok', 'reach me on {} tomorrow', 'so {}, {} again');
    const state = fc.constantFrom<ContractState>('none', 'pending');
    fc.assert(
      fc.property(template, fc.oneof(email, phone), state, (shape, { detail, parts }, contractState) => {
        const text = shape.replaceAll('{}', detail);
        const serialised = JSON.stringify(redactMessage(text, { contractState }));
        for (const part of [detail, ...parts]) expect(serialised).not.toContain(part);
      }),
      { numRuns: 200 },
    );
  });

  it('gives away no length: numbers of different lengths redact to the same data', () => {
    const short = redactMessage('call +44 20 7946 0958 now', { contractState: 'none' });
    const long = redactMessage('call +1 917 442 0188 now', { contractState: 'none' });
    expect(short).toEqual(long);
  });

  it('masks the end of a number sent in three pieces (history, as checkMessage)', () => {
    const history = ['my number is 917', '442'];
    const redacted = redactMessage('0188', { contractState: 'none', history });
    expect(redacted.text).toBe('[phone number hidden]');
    expect(redacted.segments[0]?.masked).toBe(true);
    expect(JSON.stringify(redacted)).not.toContain('0188');
    expect(redactMessage('0188', { contractState: 'none' }).text).toBe('0188');
    expect(redactMessage('0188', { contractState: 'active', history }).text).toBe('0188');
  });

  it('shows everything once the contract is active, except an off-platform payment', () => {
    expect(redactMessage('mail ana@mail.co', { contractState: 'active' }).text).toBe('mail ana@mail.co');
    const payment = redactMessage('mail ana@mail.co or pay paypal.me/ana', { contractState: 'active' });
    expect(payment.text).toBe('mail ana@mail.co or pay [payment details hidden]');
    expect(payment.caution).toEqual({ payment: true, offPlatform: false });
  });

  it('names the caution for invitations and payment requests, which stay readable', () => {
    const redacted = redactMessage("let's continue on WhatsApp, and pay me via Western Union", { contractState: 'none' });
    expect(redacted.text).toBe("let's continue on WhatsApp, and pay me via Western Union");
    expect(redacted.caution).toEqual({ payment: true, offPlatform: true });
    expect(redacted.segments.some((segment) => segment.violation?.kind === 'intent')).toBe(true);
  });

  it('flags a warned link without hiding it', () => {
    const redacted = redactMessage('see https://myportfolio.io', { contractState: 'none' });
    expect(redacted.text).toBe('see https://myportfolio.io');
    expect(redacted.segments[1]).toMatchObject({ masked: false, violation: { kind: 'url', action: 'warn' } });
  });

  it('takes the policy, detector and masks that checkMessage and maskMatches take', () => {
    const text = 'mail ana@mail.co or call +1 917 442 0188';
    expect(redactMessage(text, { contractState: 'none', policy: { rules: { email: { none: 'allow' } } } }).text).toBe('mail ana@mail.co or call [phone number hidden]');
    expect(redactMessage(text, { contractState: 'none', detector: createDetector({ kinds: ['email'] }) }).text).toBe('mail [email address hidden] or call +1 917 442 0188');
    expect(redactMessage(text, { contractState: 'none', mask: '•••' }).text).toBe('mail ••• or call •••');
    expect(redactMessage(text, { contractState: 'none', mask: (match) => `<${match.kind}>` }).text).toBe('mail <email> or call <phone>');
    expect(redactMessage('see https://myportfolio.io', { contractState: 'none', shouldMask: () => true }).text).toBe('see [link hidden]');
  });

  it('keeps every offset pointing into the masked text', () => {
    const redacted = redactMessage('mail ana@mail.co, call +1 917 442 0188 or pay paypal.me/ana', { contractState: 'none' });
    expect(redacted.segments.map((segment) => segment.display).join('')).toBe(redacted.text);
    for (const segment of redacted.segments) expect(redacted.text.slice(segment.start, segment.end)).toBe(segment.display);
  });

  it('survives a JSON round trip unchanged (plain data)', () => {
    const redacted = redactMessage('mail ana@mail.co, or pay me via PayPal', { contractState: 'pending' });
    expect(JSON.parse(JSON.stringify(redacted))).toEqual(redacted);
  });

  it('validates like checkMessage', () => {
    // @ts-expect-error: testing a JavaScript caller
    expect(() => redactMessage('hi', { contractState: 'signed' })).toThrow(RangeError);
    // @ts-expect-error: testing a JavaScript caller
    expect(() => redactMessage(42, { contractState: 'none' })).toThrow(TypeError);
    // @ts-expect-error: testing a JavaScript caller
    expect(() => redactMessage('hi', { contractState: 'none', mask: 42 })).toThrow(/redactMessage: options.mask/);
    // @ts-expect-error: testing a JavaScript caller
    expect(() => redactMessage('hi', { contractState: 'none', masks: 'x' })).toThrow(/redactMessage: options key is "masks"/);
  });

  it('masks a message over the length limit whole, unread', () => {
    const text = `call +1 917 442 0188 ${'x'.repeat(30)}`;
    const redacted = redactMessage(text, { contractState: 'none', maxLength: 20 });
    expect(redacted).toEqual({ text: TOO_LONG_MASK, segments: [{ display: TOO_LONG_MASK, start: 0, end: TOO_LONG_MASK.length, masked: true }], caution: { payment: false, offPlatform: false }, tooLong: true });
    expect(JSON.stringify(redacted)).not.toContain('917');
  });
});

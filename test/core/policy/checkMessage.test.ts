// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';

describe('checkMessage', () => {
  it('detects and evaluates in one call, as a server would', () => {
    const result = checkMessage('call me on +1 917 442 0188', { contractState: 'none' });
    expect(result.decision).toBe('block');
    expect(result.matches.map((match) => match.kind)).toContain('phone');
    expect(checkMessage('call me on +1 917 442 0188', { contractState: 'active' }).decision).toBe('allow');
  });

  it('catches a number split across messages and reports only the current span', () => {
    const text = '0188';
    const result = checkMessage(text, { contractState: 'none', history: ['my number is 917', '442'] });
    expect(result.decision).toBe('block');
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({ kind: 'phone', start: 0, end: 4, text: '0188' });
  });

  it('does not report details that sit wholly in earlier messages', () => {
    const result = checkMessage('thanks, talk soon', { contractState: 'none', history: ['ana@mail.co'] });
    expect(result.matches).toEqual([]);
    expect(result.decision).toBe('allow');
  });

  it('uses the detector it is given', () => {
    const detector = createDetector({ kinds: ['email'] });
    expect(checkMessage('ana@mail.co +1 917 442 0188', { contractState: 'none', detector }).matches.map((m) => m.kind)).toEqual(['email']);
  });

  it('throws a TypeError naming the function for non-string text', () => {
    // @ts-expect-error: testing a JavaScript caller
    expect(() => checkMessage(42, { contractState: 'none' })).toThrow(/checkMessage/);
  });

  it.each([
    ['a phone split over three messages', ['my number is 917', '442'], '0188', 'phone', '0188'],
    ['a phone whose last group ends the current message', ['call me at 917 442'], '0188 please', 'phone', '0188'],
    ['an email split between messages', ['my email is ana.bauer@'], 'gmail.com thanks', 'email', 'gmail.com'],
    ['an Instagram handle split from its platform name', ['my ig is'], '@ana.bauer', 'social', '@ana.bauer'],
  ])('catches %s and clips the span to the current text', (_name, history, text, kind, span) => {
    const result = checkMessage(text, { contractState: 'none', history });
    const found = result.matches.find((match) => match.kind === kind);
    expect(found).toBeDefined();
    expect(found!.text).toBe(span);
    expect(text.slice(found!.start, found!.end)).toBe(found!.text);
    expect(result.decision).toBe('block');
  });

  it.each([
    ['an order id then a count', ['order #4471 shipped'], '12 items left'],
    ['a price then a date', ['budget is $1,500'], 'deadline 12.03.2025'],
    ['years of experience then a version', ['I have 5 years of experience'], 'we use React 18.2'],
  ])('does not invent a contact detail from %s', (_name, history, text) => {
    const result = checkMessage(text, { contractState: 'none', history });
    expect(result.matches).toEqual([]);
    expect(result.decision).toBe('allow');
  });

  it('reads a detail as a payment address when an earlier message said to pay there, during a contract too', () => {
    const result = checkMessage('0917 555 1234', { contractState: 'active', history: ['send the deposit by GCash'] });
    expect(result.decision).toBe('block');
    expect(result.matches).toEqual([expect.objectContaining({ kind: 'payment', detailKind: 'phone', start: 0, end: 13, text: '0917 555 1234' })]);
    // Alone, or after a remark about the rail, the number is a phone the contract allows.
    expect(checkMessage('0917 555 1234', { contractState: 'active' }).decision).toBe('allow');
    expect(checkMessage('call me 0917 555 1234 instead', { contractState: 'active', history: ['my gcash is broken lol'] }).decision).toBe('allow');
  });

  it('reports its own matches with offsets into the current text when history is given', () => {
    const text = 'mail me: ana@mail.co';
    const result = checkMessage(text, { contractState: 'none', history: ['hello', 'how are you?'] });
    expect(result.matches).toEqual(checkMessage(text, { contractState: 'none' }).matches);
    expect(result.matches.find((match) => match.kind === 'email')).toMatchObject({ start: 9, end: 20, text: 'ana@mail.co' });
  });

  it('reads back a bounded history: the last five messages and at most 500 characters', () => {
    const inputs: string[] = [];
    const detector = { detect: (input: string) => (inputs.push(input), []) };
    const history = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'x'.repeat(1000)];
    checkMessage('now', { contractState: 'none', history, detector });
    const joined = inputs.find((input) => input !== 'now')!;
    expect(joined.endsWith('\nnow')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(500 + '\nnow'.length);
    expect(joined).not.toContain('first');
  });

  it('does not read history for an empty message', () => {
    expect(checkMessage('', { contractState: 'none', history: ['my number is 917 442 0188'] }).matches).toEqual([]);
  });

  it.each([
    [undefined, TypeError],
    ['signed', RangeError],
    [42, TypeError],
  ])('throws an error naming checkMessage and the option for contractState %j', (contractState, type) => {
    // @ts-expect-error: testing a JavaScript caller
    expect(() => checkMessage('hi', { contractState })).toThrow(type);
    // @ts-expect-error: testing a JavaScript caller
    expect(() => checkMessage('hi', { contractState })).toThrow(/checkMessage: options.contractState is .*; expected one of none, pending, active, ended/);
  });

  it('throws a TypeError naming checkMessage when history is not an array', () => {
    // @ts-expect-error: testing a JavaScript caller
    expect(() => checkMessage('hi', { contractState: 'none', history: 'my number is 917' })).toThrow(/checkMessage/);
  });

  it('applies policy overrides and exceptions like evaluatePolicy', () => {
    const policy = { exceptions: [{ id: 'system-access-email', kind: 'email' as const, domains: ['market.com'] }] };
    const result = checkMessage('log in as it@login.market.com', { contractState: 'none', policy });
    expect(result.decision).toBe('allow');
    expect(result.exceptions.map((applied) => applied.exception.id)).toEqual(['system-access-email']);
  });
});

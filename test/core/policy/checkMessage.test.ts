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
});

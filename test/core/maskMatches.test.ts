// @vitest-environment node
import { maskMatches } from '../../src/core/maskMatches';
import { checkMessage } from '../../src/core/policy/checkMessage';
import type { ContractState } from '../../src/core/policy/policyTypes';

const mask = (text: string, contractState: ContractState) => maskMatches(text, checkMessage(text, { contractState })).text;

describe('maskMatches', () => {
  it.each([
    ['write to ana@mail.co', 'none', 'write to [email address hidden]'],
    ['call +1 917 442 0188 tonight', 'pending', 'call [phone number hidden] tonight'],
    ['pay me at paypal.me/ana', 'none', 'pay me at [payment details hidden]'],
    // Off-platform payment is never allowed, so it stays hidden during a contract.
    ['pay me at paypal.me/ana', 'active', 'pay me at [payment details hidden]'],
    ['write to ana@mail.co', 'active', 'write to ana@mail.co'],
    ['call +1 917 442 0188 tonight', 'ended', 'call +1 917 442 0188 tonight'],
    // A warning was confirmed by the sender; an invitation carries no detail to hide.
    ['see https://myportfolio.io', 'none', 'see https://myportfolio.io'],
    ["let's continue on WhatsApp", 'none', "let's continue on WhatsApp"],
    // Hard negatives stay as they are.
    ['the budget is $1,500, deadline 10/12/2024 10:30', 'none', 'the budget is $1,500, deadline 10/12/2024 10:30'],
  ] as const)('masks %j in a %s conversation', (text, state, expected) => {
    expect(mask(text, state)).toBe(expected);
  });

  it('says what each masked segment hides and why', () => {
    const text = 'mail ana@mail.co or see https://myportfolio.io';
    const result = maskMatches(text, checkMessage(text, { contractState: 'none' }));
    expect(result.maskedCount).toBe(1);
    const flagged = result.segments.filter((segment) => segment.violation);
    expect(flagged.map((segment) => [segment.masked, segment.display, segment.start, segment.end, segment.violation?.kind, segment.violation?.reason])).toEqual([
      [true, '[email address hidden]', 5, 16, 'email', 'until-contract'],
      [false, 'https://myportfolio.io', 24, 46, 'url', 'until-contract'],
    ]);
  });

  it.each([
    ['write to ana.bauer@gmail.com', 'none', ['ana.bauer@gmail.com']],
    ['call +1 917 442 0188 tonight', 'pending', ['+1 917 442 0188', '+19174420188']],
    ['or nine one seven four four two zero one eight eight', 'none', ['nine one seven', '+19174420188']],
    ['IBAN NL91 ABNA 0417 1643 00', 'active', ['NL91', 'ABNA']],
  ] as const)('keeps none of the hidden text in the segments of %j', (text, contractState, hidden) => {
    const verdict = checkMessage(text, { contractState });
    const result = maskMatches(text, verdict);
    expect(result.maskedCount).toBe(1);
    const serialised = JSON.stringify(result.segments);
    for (const detail of hidden) expect(serialised).not.toContain(detail);
    // The hidden segment names its span, but has no text, match or value of its own.
    const hiddenSegment = result.segments.find((segment) => segment.masked)!;
    expect(Object.keys(hiddenSegment).sort()).toEqual(['display', 'end', 'masked', 'start', 'violation']);
    expect(Object.keys(hiddenSegment.violation).sort()).toEqual(['action', 'kind', 'reason', 'rule']);
  });

  it('takes a mask string or function and a custom rule for what to hide', () => {
    const text = 'mail ana@mail.co or see https://myportfolio.io';
    const verdict = checkMessage(text, { contractState: 'none' });
    expect(maskMatches(text, verdict, { mask: '•••' }).text).toBe('mail ••• or see https://myportfolio.io');
    expect(maskMatches(text, verdict, { mask: (match) => `<${match.kind}>`, shouldMask: () => true }).text).toBe('mail <email> or see <url>');
  });

  it('does not mutate the verdict', () => {
    const text = 'mail ana@mail.co';
    const verdict = checkMessage(text, { contractState: 'none' });
    const copy = structuredClone(verdict);
    maskMatches(text, verdict);
    expect(verdict).toEqual(copy);
  });
});

describe('maskMatches and payment', () => {
  it('hides payment instruments but leaves payment requests readable', () => {
    const text = 'pay me via Western Union or to NL91 ABNA 0417 1643 00';
    const masked = maskMatches(text, checkMessage(text, { contractState: 'active' }));
    expect(masked.text).toContain('pay me via Western Union');
    expect(masked.text).not.toContain('NL91');
    expect(masked.maskedCount).toBe(1);
  });
});

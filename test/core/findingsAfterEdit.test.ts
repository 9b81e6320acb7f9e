// @vitest-environment node
import { findingsAfterEdit } from '../../src/core/findingsAfterEdit';
import { checkMessage } from '../../src/core/policy/checkMessage';

const DRAFT = 'call +1 917 442 0188 or write to ana@mail.co';

/** The findings of `before`, carried onto `after`, as [kind, text at the carried place]. */
function carried(before: string, after: string) {
  const verdict = checkMessage(before, { contractState: 'none' });
  const result = findingsAfterEdit(before, after, verdict);
  return {
    matches: result.matches.map((match) => [match.kind, after.slice(match.start, match.end)]),
    violations: result.violations.map((violation) => [violation.kind, after.slice(violation.match.start, violation.match.end)]),
  };
}

describe('findingsAfterEdit', () => {
  it('keeps every finding when the text is unchanged', () => {
    const verdict = checkMessage(DRAFT, { contractState: 'none' });
    const result = findingsAfterEdit(DRAFT, DRAFT, verdict);
    expect(result.matches).toBe(verdict.matches);
    expect(result.violations).toBe(verdict.violations);
  });

  it('keeps findings before an edit at the end in place', () => {
    expect(carried(DRAFT, `${DRAFT}, thanks`).matches).toEqual([
      ['phone', '+1 917 442 0188'],
      ['email', 'ana@mail.co'],
    ]);
  });

  it('shifts findings after an edit earlier in the text, matches and violations alike', () => {
    const after = `Hello! ${DRAFT}`;
    expect(carried(DRAFT, after)).toEqual({
      matches: [
        ['phone', '+1 917 442 0188'],
        ['email', 'ana@mail.co'],
      ],
      violations: [
        ['phone', '+1 917 442 0188'],
        ['email', 'ana@mail.co'],
      ],
    });
  });

  it('drops the findings the edit touches and shifts the rest', () => {
    const after = DRAFT.replace('917 442', '917 4420');
    expect(carried(DRAFT, after).matches).toEqual([['email', 'ana@mail.co']]);
  });

  it('drops everything an edit replaces wholesale', () => {
    expect(carried(DRAFT, 'something else entirely')).toEqual({ matches: [], violations: [] });
  });

  it('handles deletions, and an edit inside repeated characters', () => {
    expect(carried(DRAFT, DRAFT.replace('call ', '')).matches).toEqual([
      ['phone', '+1 917 442 0188'],
      ['email', 'ana@mail.co'],
    ]);
    const repeated = 'aaaa ana@mail.co';
    expect(carried(repeated, `a${repeated}`).matches).toEqual([['email', 'ana@mail.co']]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { messageOutcome, scoreCase, toContactKind, type PeerCase, type PeerKind } from '../../scripts/conformance/score';
import type { ContactKind, ContactMatch } from '../../src/core/types';

const TEXT = 'mail ana@mail.co or call 917 442 0188 now';

function finding(kind: ContactKind, text: string, needle: string, offset = 0): ContactMatch {
  const start = text.indexOf(needle) + offset;
  const end = start + needle.length - offset;
  return { kind, start, end, text: text.slice(start, end), obfuscated: false, confidence: 1 };
}

function peerCase(overrides: Partial<PeerCase> = {}): PeerCase {
  return {
    id: 't:1',
    text: TEXT,
    expect: [
      { kind: 'email', match: 'ana@mail.co', start: TEXT.indexOf('ana@mail.co') },
      { kind: 'phone', match: '917 442 0188', start: TEXT.indexOf('917 442 0188') },
    ],
    ...overrides,
  };
}

const SCOPE: PeerKind[] = ['email', 'phone'];

describe('toContactKind', () => {
  it.each([
    ['crypto', 'payment'],
    ['iban', 'payment'],
    ['card', 'payment'],
    ['email', 'email'],
    ['phone', 'phone'],
    ['url', 'url'],
  ] as const)('%s → %s', (peer, ours) => {
    expect(toContactKind(peer)).toBe(ours);
  });
});

describe('scoreCase: overlap vs exact', () => {
  it('counts exact spans as found and exact', () => {
    const score = scoreCase(peerCase(), SCOPE, [finding('email', TEXT, 'ana@mail.co'), finding('phone', TEXT, '917 442 0188')]);
    expect(score).toMatchObject({ expected: 2, found: 2, exact: 2, missed: [], falsePositives: [] });
  });

  it('counts a partly overlapping finding as found but not exact', () => {
    // finds "442 0188" only
    const score = scoreCase(peerCase(), SCOPE, [finding('email', TEXT, 'ana@mail.co'), finding('phone', TEXT, '917 442 0188', 4)]);
    expect(score.found).toBe(2);
    expect(score.exact).toBe(1);
    expect(score.falsePositives).toEqual([]);
  });

  it('a finding of another kind over the span is a miss and (in scope) a false positive', () => {
    const score = scoreCase(peerCase(), SCOPE, [finding('email', TEXT, 'ana@mail.co'), finding('email', TEXT, '917 442 0188')]);
    expect(score.found).toBe(1);
    expect(score.missed.map((miss) => miss.match)).toEqual(['917 442 0188']);
    expect(score.falsePositives.map((match) => match.text)).toEqual(['917 442 0188']);
  });

  it('an in-scope finding overlapping nothing is a false positive, tallied per kind', () => {
    const score = scoreCase(peerCase({ expect: [] }), SCOPE, [finding('phone', TEXT, '917 442 0188')]);
    expect(score.falsePositives).toHaveLength(1);
    expect(score.byKind.get('phone')).toEqual({ expected: 0, found: 0, falsePositives: 1 });
  });

  it('maps crypto/iban/card expectations onto payment findings', () => {
    const text = 'IBAN GB82 WEST 1234 5698 7654 32';
    const score = scoreCase(
      { id: 't:2', text, expect: [{ kind: 'iban', match: 'GB82 WEST 1234 5698 7654 32', start: 5 }] },
      ['iban'],
      [finding('payment', text, 'GB82 WEST 1234 5698 7654 32')],
    );
    expect(score).toMatchObject({ found: 1, exact: 1, falsePositives: [] });
    expect(score.byKind.get('payment')).toEqual({ expected: 1, found: 1, falsePositives: 0 });
  });
});

describe('scoreCase: scope', () => {
  it('ignores findings of kinds outside the file scope', () => {
    const score = scoreCase(peerCase({ expect: [] }), ['email'], [finding('phone', TEXT, '917 442 0188'), finding('url', TEXT, 'mail.co')]);
    expect(score.falsePositives).toEqual([]);
  });

  it('a case scope overrides the file scope', () => {
    const matches = [finding('phone', TEXT, '917 442 0188')];
    expect(scoreCase(peerCase({ expect: [], scope: ['email'] }), ['email', 'phone'], matches).falsePositives).toEqual([]);
    expect(scoreCase(peerCase({ expect: [], scope: ['phone'] }), ['email'], matches).falsePositives).toHaveLength(1);
  });

  it('an out-of-scope finding cannot satisfy an expectation either', () => {
    const score = scoreCase(peerCase(), ['email'], [finding('email', TEXT, 'ana@mail.co'), finding('phone', TEXT, '917 442 0188')]);
    expect(score.found).toBe(1);
  });
});

describe('scoreCase: ambiguous cases', () => {
  it('scores them like any other case (the runner reports them apart and keeps them out of the gate)', () => {
    const score = scoreCase(peerCase({ ambiguous: true }), SCOPE, []);
    expect(score).toMatchObject({ expected: 2, found: 0, exact: 0 });
    expect(score.missed).toHaveLength(2);
  });
});

describe('messageOutcome', () => {
  it.each([
    ['all found', [finding('email', TEXT, 'ana@mail.co'), finding('phone', TEXT, '917 442 0188')], true, true],
    ['nothing found', [], true, false],
  ] as const)('%s', (_name, matches, positive, flagged) => {
    expect(messageOutcome(scoreCase(peerCase(), SCOPE, matches))).toEqual({ positive, flagged });
  });

  it('a negative case with a false positive is flagged; one with only out-of-scope findings is not', () => {
    const matches = [finding('phone', TEXT, '917 442 0188')];
    expect(messageOutcome(scoreCase(peerCase({ expect: [] }), ['phone'], matches))).toEqual({ positive: false, flagged: true });
    expect(messageOutcome(scoreCase(peerCase({ expect: [] }), ['email'], matches))).toEqual({ positive: false, flagged: false });
  });
});

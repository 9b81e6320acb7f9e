/**
 * Scoring for the peer conformance suite (see test/fixtures/peer-cases/README.md).
 * Overlap scoring is primary: an expected span counts as found when a finding of the same kind
 * overlaps it; an in-scope finding that overlaps no expected span of its kind is a false positive.
 */
import type { ContactKind, ContactMatch } from '../../src/core/types';

export type PeerKind = 'email' | 'phone' | 'url' | 'crypto' | 'iban' | 'card';

export interface PeerExpectation {
  kind: PeerKind;
  match: string;
  start: number;
}

export interface PeerCase {
  id: string;
  text: string;
  expect: PeerExpectation[];
  scope?: PeerKind[];
  defaultCountry?: string | null;
  ambiguous?: boolean;
}

export interface PeerFile {
  source: string;
  license: string;
  scope: PeerKind[];
  cases: PeerCase[];
}

/** crypto, iban and card are all our `payment`. */
export function toContactKind(kind: PeerKind): ContactKind {
  return kind === 'crypto' || kind === 'iban' || kind === 'card' ? 'payment' : kind;
}

export interface CaseScore {
  id: string;
  expected: number;
  found: number;
  exact: number;
  falsePositives: ContactMatch[];
  missed: PeerExpectation[];
  /** per our kind: [expected, found] */
  byKind: Map<ContactKind, { expected: number; found: number; falsePositives: number }>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreCase(peerCase: PeerCase, fileScope: readonly PeerKind[], matches: readonly ContactMatch[]): CaseScore {
  const scope = new Set((peerCase.scope ?? fileScope).map(toContactKind));
  const inScope = matches.filter((match) => scope.has(match.kind));
  const byKind: CaseScore['byKind'] = new Map();
  const tally = (kind: ContactKind) => {
    let entry = byKind.get(kind);
    if (!entry) {
      entry = { expected: 0, found: 0, falsePositives: 0 };
      byKind.set(kind, entry);
    }
    return entry;
  };
  const missed: PeerExpectation[] = [];
  let found = 0;
  let exact = 0;
  for (const expectation of peerCase.expect) {
    const kind = toContactKind(expectation.kind);
    const span = { start: expectation.start, end: expectation.start + expectation.match.length };
    const entry = tally(kind);
    entry.expected += 1;
    const hits = inScope.filter((match) => match.kind === kind && overlaps(match, span));
    if (hits.length > 0) {
      found += 1;
      entry.found += 1;
      if (hits.some((match) => match.start === span.start && match.end === span.end)) exact += 1;
    } else {
      missed.push(expectation);
    }
  }
  const falsePositives = inScope.filter(
    (match) =>
      !peerCase.expect.some(
        (expectation) =>
          toContactKind(expectation.kind) === match.kind &&
          overlaps(match, { start: expectation.start, end: expectation.start + expectation.match.length }),
      ),
  );
  for (const match of falsePositives) tally(match.kind).falsePositives += 1;
  return { id: peerCase.id, expected: peerCase.expect.length, found, exact, falsePositives, missed, byKind };
}

/**
 * Message-level outcome ("any contact found"), which is what the UI acts on: a case is a positive
 * when it expects something; it is flagged when any in-scope finding was reported.
 */
export function messageOutcome(score: CaseScore): { positive: boolean; flagged: boolean } {
  return { positive: score.expected > 0, flagged: score.found > 0 || score.falsePositives.length > 0 };
}

import { DEFAULT_POLICY } from '../../src/core/policy/defaultPolicy.js';
import { checkMessage } from '../../src/core/policy/checkMessage.js';
import type { ContractState, PolicyDecision } from '../../src/core/policy/policyTypes.js';
import type { ContactKind, ContactMatch, Detector } from '../../src/core/types.js';
import type { CorpusConversation, CorpusMessage } from './loadCorpus.js';
import { locateSpan } from './loadCorpus.js';

/** One labelled span with what became of it. */
export interface SpanOutcome {
  lang: string;
  id: string;
  kind: ContactKind;
  family: string;
  text: string;
  found: boolean;
  /** Kinds reported over the span instead, when not found. */
  reportedAs: ContactKind[];
}

/** One finding with whether the labels agree with it. */
export interface FindingOutcome {
  lang: string;
  id: string;
  kind: ContactKind;
  text: string;
  right: boolean;
}

export interface MessageOutcome {
  lang: string;
  id: string;
  state: ContractState;
  honest: string | undefined;
  flagged: boolean;
  expected: PolicyDecision;
  decision: PolicyDecision;
  expectedKinds: ContactKind[];
  families: string[];
}

export interface ConversationOutcome {
  lang: string;
  id: string;
  honest: boolean;
  /** For a split detail: caught at its `at`. For an honest thread: any message flagged. */
  results: boolean[];
}

const STRENGTH: Record<PolicyDecision, number> = { allow: 0, warn: 1, block: 2 };

const overlaps = (match: ContactMatch, start: number, end: number) => match.start < end && match.end > start;

/** The decision the default policy gives for the labelled kinds in this state. */
export function expectedDecision(kinds: readonly ContactKind[], state: ContractState): PolicyDecision {
  let decision: PolicyDecision = 'allow';
  for (const kind of kinds) {
    const action = DEFAULT_POLICY.rules[kind][state];
    if (STRENGTH[action] > STRENGTH[decision]) decision = action;
  }
  return decision;
}

export function scoreMessage(lang: string, message: CorpusMessage, detector: Detector) {
  const state = message.state ?? 'none';
  const matches = detector.detect(message.text);
  const spans = message.find.map((span) => ({ ...span, ...locateSpan(message.text, span) }));
  const spanOutcomes: SpanOutcome[] = spans.map((span) => {
    const over = matches.filter((match) => overlaps(match, span.start, span.end));
    return {
      lang,
      id: message.id,
      kind: span.kind,
      family: span.family,
      text: span.text,
      found: over.some((match) => match.kind === span.kind),
      reportedAs: over.map((match) => match.kind),
    };
  });
  const hasDetail = spans.some((span) => span.kind !== 'intent');
  const findingOutcomes: FindingOutcome[] = matches
    // An "email me" beside the email is redundant, not a false alarm.
    .filter((match) => !(match.kind === 'intent' && hasDetail))
    .map((match) => ({
      lang,
      id: message.id,
      kind: match.kind,
      text: match.text,
      right: spans.some(
        (span) => overlaps(match, span.start, span.end) && (span.kind === match.kind || (span.also ?? []).includes(match.kind)),
      ),
    }));
  const expectedKinds = spans.map((span) => span.kind);
  const verdict = checkMessage(message.text, { contractState: state, detector });
  const messageOutcome: MessageOutcome = {
    lang,
    id: message.id,
    state,
    honest: message.find.length === 0 ? message.honest : undefined,
    flagged: matches.length > 0,
    expected: expectedDecision(expectedKinds, state),
    decision: verdict.decision,
    expectedKinds,
    families: spans.map((span) => span.family),
  };
  return { spanOutcomes, findingOutcomes, messageOutcome, matches };
}

export function scoreConversation(lang: string, conversation: CorpusConversation, detector: Detector): ConversationOutcome {
  const state = conversation.state ?? 'none';
  const check = (index: number) => {
    const message = conversation.messages[index]!;
    const history = conversation.messages
      .slice(0, index)
      .filter((earlier) => earlier.from === message.from)
      .map((earlier) => earlier.text);
    return checkMessage(message.text, { contractState: state, detector, history });
  };
  if (conversation.find.length === 0) {
    const flagged = conversation.messages.some((_, index) => check(index).matches.length > 0);
    return { lang, id: conversation.id, honest: true, results: [flagged] };
  }
  return {
    lang,
    id: conversation.id,
    honest: false,
    results: conversation.find.map((span) => check(span.at).matches.some((match) => match.kind === span.kind)),
  };
}

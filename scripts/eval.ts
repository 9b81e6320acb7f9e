/**
 * Scores the detector on the project's own corpus (test/corpus, see FORMAT.md).
 *
 *   npm run eval                      both parts: summary, per kind, language, family, decisions
 *   npm run eval -- --part dev        one part
 *   npm run eval -- --misses          dev only: every missed span and wrong finding (never for the holdout)
 *   npm run eval -- --check           fails below the floor in scripts/eval/floor.json
 *   npm run eval -- --set blind       only the blind-*.json files (`blind3`…`blind5`: blind3-*.json…; `first`: the others)
 *   npm run eval -- --json FILE       all figures as JSON
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createDetector } from '../src/core/createDetector.js';
import type { CorpusPart, CorpusSet } from './eval/loadCorpus.js';
import { CORPUS_SETS, loadCorpus } from './eval/loadCorpus.js';
import type { ConversationOutcome, FindingOutcome, MessageOutcome, SpanOutcome } from './eval/scoreCorpus.js';
import { scoreConversation, scoreMessage } from './eval/scoreCorpus.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const parts: CorpusPart[] = option('--part') ? [option('--part') as CorpusPart] : ['dev', 'holdout'];
const showMisses = args.includes('--misses');
const check = args.includes('--check');
const jsonOut = option('--json');
const set = option('--set') as CorpusSet | undefined;
if (set !== undefined && !CORPUS_SETS.includes(set)) {
  console.error(`eval: --set is one of ${CORPUS_SETS.join(', ')}`);
  process.exit(2);
}

if (showMisses && parts.includes('holdout')) {
  console.error('eval: --misses lists single messages, so it only runs on the dev part (add --part dev): the holdout is never tuned against.');
  process.exit(2);
}

/** The platform's own domain in the corpus (FORMAT.md). */
const detector = createDetector({ allowDomains: ['ourmarket.example'] });

const ratio = (hit: number, total: number) => (total === 0 ? NaN : hit / total);
const show = (hit: number, total: number) => (total === 0 ? '   —  ' : `${ratio(hit, total).toFixed(2)} (${hit}/${total})`);
const pad = (text: string, width: number) => text.padEnd(width);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

interface PartFigures {
  recall: number;
  precision: number;
  honestFlagged: number;
  conversations: number;
  honestConversationsFlagged: number;
  decisionsRight: number;
  contractWronglyBlocked: number;
  honestDecisionFlagged: number;
  paymentLetThrough: number;
  paymentLetThroughByState: Record<string, number>;
  feeAvoidanceLetThrough: number;
  honestPaymentBlocked: number;
  honestPaymentFlagged: number;
  byKind: Record<string, { recall: number; precision: number }>;
  byLanguage: Record<string, { recall: number; precision: number; honestFlagged: number }>;
}

const PAYMENT_TALK = new Set(['payment-own-business', 'payment-refusal', 'platform-payment', 'quoted-warning']);

function scorePart(part: CorpusPart): PartFigures {
  const spans: SpanOutcome[] = [];
  const findings: FindingOutcome[] = [];
  const messages: MessageOutcome[] = [];
  const conversations: ConversationOutcome[] = [];
  for (const file of loadCorpus(part, set)) {
    for (const message of file.messages) {
      const scored = scoreMessage(file.lang, message, detector);
      spans.push(...scored.spanOutcomes);
      findings.push(...scored.findingOutcomes);
      messages.push(scored.messageOutcome);
    }
    for (const conversation of file.conversations) conversations.push(scoreConversation(file.lang, conversation, detector));
  }

  const found = (list: SpanOutcome[]) => list.filter((span) => span.found).length;
  const right = (list: FindingOutcome[]) => list.filter((finding) => finding.right).length;
  const honest = messages.filter((message) => message.honest !== undefined);
  const flagged = (list: MessageOutcome[]) => list.filter((message) => message.flagged).length;
  const splits = conversations.filter((conversation) => !conversation.honest).flatMap((conversation) => conversation.results);
  const honestThreads = conversations.filter((conversation) => conversation.honest);

  console.log(`\n=== ${part}: ${messages.length} messages (${honest.length} honest), ${conversations.length} conversations, ${spans.length} labelled spans\n`);
  console.log(`recall ${show(found(spans), spans.length)}   precision ${show(right(findings), findings.length)}   honest messages flagged ${show(flagged(honest), honest.length)}`);
  console.log(`conversations: split details caught ${show(splits.filter(Boolean).length, splits.length)}   honest threads flagged ${show(honestThreads.filter((c) => c.results[0]).length, honestThreads.length)}`);

  console.log('\nper kind                recall               precision');
  const byKind: PartFigures['byKind'] = {};
  const findingsByKind = groupBy(findings, (finding) => finding.kind);
  for (const [kind, list] of groupBy(spans, (span) => span.kind)) {
    const kindFindings = findingsByKind.get(kind) ?? [];
    byKind[kind] = { recall: ratio(found(list), list.length), precision: ratio(right(kindFindings), kindFindings.length) };
    console.log(`  ${pad(kind, 22)}${pad(show(found(list), list.length), 21)}${show(right(kindFindings), kindFindings.length)}`);
  }

  console.log('\nper language            recall               precision            honest flagged');
  const byLanguage: PartFigures['byLanguage'] = {};
  const findingsByLanguage = groupBy(findings, (finding) => finding.lang);
  const honestByLanguage = groupBy(honest, (message) => message.lang);
  for (const [lang, list] of groupBy(spans, (span) => span.lang)) {
    const langFindings = findingsByLanguage.get(lang) ?? [];
    const langHonest = honestByLanguage.get(lang) ?? [];
    byLanguage[lang] = {
      recall: ratio(found(list), list.length),
      precision: ratio(right(langFindings), langFindings.length),
      honestFlagged: ratio(flagged(langHonest), langHonest.length),
    };
    console.log(`  ${pad(lang, 22)}${pad(show(found(list), list.length), 21)}${pad(show(right(langFindings), langFindings.length), 21)}${show(flagged(langHonest), langHonest.length)}`);
  }

  console.log('\nper kind × family: recall, then the languages with misses (missed/total)');
  for (const [key, list] of groupBy(spans, (span) => `${span.kind} × ${span.family}`)) {
    const missesByLanguage = [...groupBy(list, (span) => span.lang)]
      .filter(([, langList]) => found(langList) < langList.length)
      .map(([lang, langList]) => `${lang} ${langList.length - found(langList)}/${langList.length}`);
    console.log(`  ${pad(key, 38)}${pad(show(found(list), list.length), 16)}${missesByLanguage.join(', ')}`);
  }

  console.log('\nhonest messages flagged, per precision family (then languages)');
  for (const [family, list] of groupBy(honest, (message) => message.honest ?? 'plain')) {
    const flaggedLanguages = [...groupBy(list.filter((m) => m.flagged), (message) => message.lang)].map(([lang, l]) => `${lang} ${l.length}`);
    console.log(`  ${pad(family, 24)}${pad(show(flagged(list), list.length), 16)}${flaggedLanguages.join(', ')}`);
  }

  // Decisions with the default policy in each message's contract state.
  const withContract = messages.filter((m) => (m.state === 'active' || m.state === 'ended') && m.expected !== 'block');
  const payments = messages.filter((m) => m.expectedKinds.includes('payment'));
  const feeAvoidance = messages.filter((m) => m.families.includes('fee-avoidance'));
  const paymentTalk = honest.filter((m) => PAYMENT_TALK.has(m.honest ?? ''));
  const letThrough = (list: MessageOutcome[]) => list.filter((m) => m.decision !== 'block').length;
  const paymentLetThroughByState: Record<string, number> = {};
  console.log('\ndecisions (checkMessage, default policy, each message in its contract state)');
  console.log(`  decisions right                          ${show(messages.filter((m) => m.decision === m.expected).length, messages.length)}`);
  console.log(`  people with a contract wrongly blocked   ${show(withContract.filter((m) => m.decision === 'block').length, withContract.length)}`);
  console.log(`  honest messages flagged (not allow)      ${show(honest.filter((m) => m.decision !== 'allow').length, honest.length)}`);
  console.log(`  payment requests let through             ${show(letThrough(payments), payments.length)}`);
  // Why a request got through: no finding over it, a finding of another kind (the contract
  // allows an email, so the payment address passes), or a payment finding that did not block.
  const paymentSpans = groupBy(spans.filter((span) => span.kind === 'payment'), (span) => span.id);
  const reason = (message: MessageOutcome) => {
    const own = paymentSpans.get(message.id) ?? [];
    if (own.some((span) => span.found)) return 'found, not blocked';
    return own.some((span) => span.reportedAs.length > 0) ? 'another kind' : 'missed';
  };
  for (const [state, list] of groupBy(payments, (m) => m.state)) {
    paymentLetThroughByState[state] = ratio(letThrough(list), list.length);
    const reasons = [...groupBy(list.filter((m) => m.decision !== 'block'), reason)].map(([why, l]) => `${why} ${l.length}`);
    console.log(`    ${pad(state, 39)}${pad(show(letThrough(list), list.length), 16)}${reasons.join(', ')}`);
  }
  console.log(`  fee-avoidance requests let through       ${show(letThrough(feeAvoidance), feeAvoidance.length)}`);
  console.log(`  honest messages about payment blocked    ${show(paymentTalk.filter((m) => m.decision === 'block').length, paymentTalk.length)}`);
  console.log(`  honest messages about payment flagged    ${show(paymentTalk.filter((m) => m.decision !== 'allow').length, paymentTalk.length)}`);
  const contractByState = groupBy(withContract, (m) => m.state);
  for (const [state, list] of contractByState) {
    console.log(`  with a contract wrongly blocked, ${pad(state, 7)}${show(list.filter((m) => m.decision === 'block').length, list.length)}`);
  }

  if (showMisses) {
    console.log('\nmissed spans');
    for (const span of spans.filter((s) => !s.found)) {
      console.log(`  ${span.id} ${span.kind}/${span.family} ${JSON.stringify(span.text)}${span.reportedAs.length ? ` reported as ${span.reportedAs.join('+')}` : ''}`);
    }
    console.log('\nwrong findings');
    for (const finding of findings.filter((f) => !f.right)) console.log(`  ${finding.id} ${finding.kind} ${JSON.stringify(finding.text)}`);
    console.log('\nmissed split details / flagged honest threads');
    for (const conversation of conversations.filter((c) => c.results.some((r) => r === c.honest))) console.log(`  ${conversation.id}`);
  }

  return {
    recall: ratio(found(spans), spans.length),
    precision: ratio(right(findings), findings.length),
    honestFlagged: ratio(flagged(honest), honest.length),
    conversations: ratio(splits.filter(Boolean).length, splits.length),
    honestConversationsFlagged: ratio(honestThreads.filter((c) => c.results[0]).length, honestThreads.length),
    decisionsRight: ratio(messages.filter((m) => m.decision === m.expected).length, messages.length),
    contractWronglyBlocked: ratio(withContract.filter((m) => m.decision === 'block').length, withContract.length),
    honestDecisionFlagged: ratio(honest.filter((m) => m.decision !== 'allow').length, honest.length),
    paymentLetThrough: ratio(letThrough(payments), payments.length),
    paymentLetThroughByState,
    feeAvoidanceLetThrough: ratio(letThrough(feeAvoidance), feeAvoidance.length),
    honestPaymentBlocked: ratio(paymentTalk.filter((m) => m.decision === 'block').length, paymentTalk.length),
    honestPaymentFlagged: ratio(paymentTalk.filter((m) => m.decision !== 'allow').length, paymentTalk.length),
    byKind,
    byLanguage,
  };
}

const figures = Object.fromEntries(parts.map((part) => [part, scorePart(part)])) as Partial<Record<CorpusPart, PartFigures>>;
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(figures, null, 2)}\n`);

if (check) {
  /** Higher is better for these; the rest are rates that must stay at or below their ceiling. */
  const floor = JSON.parse(readFileSync(new URL('./eval/floor.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>;
  const failures: string[] = [];
  for (const [part, limits] of Object.entries(floor)) {
    const measured = figures[part as CorpusPart];
    if (!measured) continue;
    for (const [name, limit] of Object.entries(limits)) {
      const [metric, bound] = name.split('.') as [keyof PartFigures, 'min' | 'max'];
      const value = measured[metric] as number;
      if (bound === 'min' ? !(value >= limit) : !(value <= limit)) failures.push(`${part} ${metric} ${value.toFixed(3)} (${bound} ${limit})`);
    }
  }
  if (failures.length > 0) {
    console.error(`\neval: below the floor in scripts/eval/floor.json:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\neval: every figure at or above its floor (scripts/eval/floor.json)');
}

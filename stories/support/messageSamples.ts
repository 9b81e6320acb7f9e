import { CONTACT_KINDS } from '../../src/core/index';
import type { PolicyReason } from '../../src/core/policy/policyTypes';
import type { Messages, ReportReason } from '../../src/messages/index';

const POLICY_REASONS: PolicyReason[] = ['until-contract', 'always', 'in-this-state'];
const REPORT_REASONS: ReportReason[] = ['off-platform-contact', 'off-platform-payment', 'scam', 'suspicious-link', 'other'];

/**
 * The arguments each function message is shown with (Docs/Wording) and checked with
 * (test/messages/catalogues.test.ts). A function key of en.ts missing here fails that test.
 */
export const MESSAGE_SAMPLES: Partial<Record<keyof Messages, unknown[][]>> = {
  found: CONTACT_KINDS.flatMap((kind) => [1, 2, 5, 21].map((count) => [kind, count])),
  foundSentence: [[['X', 'Y']], [['X', 'Y', 'Z']]],
  rule: CONTACT_KINDS.flatMap((kind) => POLICY_REASONS.flatMap((reason) => [[kind, reason], [kind, reason, 'warn']])),
  charactersLeft: [[1], [2], [5], [21], [1000]],
  reportReason: REPORT_REASONS.map((reason) => [reason]),
  maskedDetail: CONTACT_KINDS.map((kind) => [kind]),
  tooLong: [[20_000], [80]],
  scamCaution: [
    [{ payment: true, offPlatform: false }],
    [{ payment: false, offPlatform: true }],
    [{ payment: true, offPlatform: true }],
    [{ payment: false, offPlatform: false }],
  ],
  flaggedLabel: CONTACT_KINDS.map((kind) => [kind]),
  whyReason: CONTACT_KINDS.map((kind) => [kind]),
  ruleForKinds: POLICY_REASONS.flatMap((reason) => [
    [['phone', 'email'], reason, 'block'],
    [['phone', 'email'], reason, 'warn'],
    [['intent'], reason, 'block'],
  ]),
  removeKinds: [
    [['phone', 'email'], 2],
    [['url'], 1],
    [['url', 'meeting'], 2],
    [['payment'], 1],
    [['payment'], 3],
  ],
  findingTitle: CONTACT_KINDS.map((kind) => [kind]),
  confirmWarning: [[['phone']], [['email', 'url', 'email']]],
};

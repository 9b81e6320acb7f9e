// @vitest-environment node
import type { ContactKind } from '../../src/core/types';
import { suggestReportReason, supportedReasons } from '../../src/hooks/suggestReportReason';

const found = (...kinds: ContactKind[]) => kinds.map((kind) => ({ kind }));

describe('supportedReasons', () => {
  it.each<[ContactKind[], string[]]>([
    [[], ['other']],
    [['phone'], ['other', 'off-platform-contact']],
    [['intent'], ['other', 'off-platform-contact']],
    [['payment'], ['other', 'off-platform-payment', 'scam']],
    [['url'], ['other', 'suspicious-link']],
    [['email', 'url', 'payment'], ['other', 'off-platform-contact', 'off-platform-payment', 'scam', 'suspicious-link']],
  ])('offers the reasons the findings %j support', (kinds, reasons) => {
    expect([...supportedReasons(found(...kinds))]).toEqual(reasons);
  });
});

describe('suggestReportReason', () => {
  it.each<[ContactKind[], string]>([
    [[], 'other'],
    [['url'], 'suspicious-link'],
    [['url', 'social'], 'off-platform-contact'],
    // Payment first, like the message's caution, even when the chat also moves elsewhere.
    [['social', 'payment'], 'off-platform-payment'],
    [['meeting', 'url', 'payment'], 'off-platform-payment'],
  ])('preselects the reason for findings %j', (kinds, reason) => {
    expect(suggestReportReason(found(...kinds))).toBe(reason);
  });
});

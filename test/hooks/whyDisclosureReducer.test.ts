// @vitest-environment node
import { WHY_DISCLOSURE_ACTIONS, whyDisclosureReducer } from '../../src/hooks/whyDisclosureReducer';

describe('whyDisclosureReducer', () => {
  it.each([
    ['closed', WHY_DISCLOSURE_ACTIONS.toggled, 'open'],
    ['open', WHY_DISCLOSURE_ACTIONS.toggled, 'closed'],
    ['open', WHY_DISCLOSURE_ACTIONS.dismissed, 'closed'],
    ['closed', WHY_DISCLOSURE_ACTIONS.dismissed, 'closed'],
  ] as const)('%s + %s → %s', (state, type, next) => {
    expect(whyDisclosureReducer(state, { type })).toBe(next);
  });
});

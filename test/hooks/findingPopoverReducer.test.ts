// @vitest-environment node
import { FINDING_POPOVER_ACTIONS, findingPopoverReducer, type FindingPopoverState } from '../../src/hooks/findingPopoverReducer';

describe('findingPopoverReducer', () => {
  it.each<[string, FindingPopoverState, Parameters<typeof findingPopoverReducer>[1], FindingPopoverState]>([
    ['opens on a finding', undefined, { type: FINDING_POPOVER_ACTIONS.opened, key: 'phone:0612', start: 3 }, { key: 'phone:0612', start: 3 }],
    ['moves to another finding', { key: 'phone:0612', start: 3 }, { type: FINDING_POPOVER_ACTIONS.opened, key: 'email:a@b.co', start: 20 }, { key: 'email:a@b.co', start: 20 }],
    ['closes', { key: 'phone:0612', start: 3 }, { type: FINDING_POPOVER_ACTIONS.closed }, undefined],
    ['stays closed', undefined, { type: FINDING_POPOVER_ACTIONS.closed }, undefined],
  ])('%s', (_title, state, action, expected) => {
    expect(findingPopoverReducer(state, action)).toEqual(expected);
  });

  it('keeps the same state object when the same finding opens again (no render)', () => {
    const open = { key: 'url:x.io', start: 0 };
    expect(findingPopoverReducer(open, { type: FINDING_POPOVER_ACTIONS.opened, key: 'url:x.io', start: 0 })).toBe(open);
  });
});

import { act, renderHook } from '@testing-library/react';
import { createRef } from 'react';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { FINDING_POPOVER_ACTIONS } from '../../src/hooks/findingPopoverReducer';
import { useFindingPopover } from '../../src/hooks/useFindingPopover';

const text = 'call +1 917 442 0188 or mail ana@example.com';
const { violations } = checkMessage(text, { contractState: 'none' });
const textareaRef = createRef<HTMLTextAreaElement>();

describe('useFindingPopover: openAt and close', () => {
  it('opens the finding under the caret and closes on a caret outside every finding', () => {
    const { result } = renderHook(() => useFindingPopover(violations, textareaRef));
    expect(result.current.violation).toBeUndefined();
    act(() => result.current.openAt(text.indexOf('ana@')));
    expect(result.current.violation?.kind).toBe('email');
    act(() => result.current.openAt(2));
    expect(result.current.violation).toBeUndefined();
  });

  it('points aria-labelledby at its title and closes on Escape', () => {
    const { result } = renderHook(() => useFindingPopover(violations, textareaRef));
    act(() => result.current.openAt(7));
    const popover = result.current.getPopoverProps();
    expect(popover).toMatchObject({ role: 'dialog', 'aria-modal': false, 'aria-labelledby': result.current.getTitleProps().id });
    act(() => popover.onKeyDown?.({ key: 'Escape', preventDefault: () => undefined } as never));
    expect(result.current.violation).toBeUndefined();
  });
});

describe('useFindingPopover: stateReducer', () => {
  it('lets the caller keep some popovers shut (here only an email opens one)', () => {
    const { result } = renderHook(() =>
      useFindingPopover(violations, textareaRef, (_state, { type, changes, ...action }) =>
        type === FINDING_POPOVER_ACTIONS.opened && 'key' in action && !action.key.startsWith('email:') ? undefined : changes,
      ),
    );
    act(() => result.current.openAt(7));
    expect(result.current.violation).toBeUndefined();
    act(() => result.current.openAt(text.indexOf('ana@')));
    expect(result.current.violation?.kind).toBe('email');
  });
});

import { act, renderHook } from '@testing-library/react';
import { createRef } from 'react';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { FINDING_POPOVER_ACTIONS } from '../../src/hooks/findingPopoverReducer';
import { useFindingPopover, type UseFindingPopoverOptions } from '../../src/hooks/useFindingPopover';

const text = 'call +1 917 442 0188 or mail ana@example.com';
const { violations } = checkMessage(text, { contractState: 'none' });
const textareaRef = createRef<HTMLTextAreaElement>();
const renderPopover = (options: Partial<UseFindingPopoverOptions> = {}) =>
  renderHook((props: Partial<UseFindingPopoverOptions>) => useFindingPopover({ violations, textareaRef, ...props }), { initialProps: options });

describe('useFindingPopover: openAt and close', () => {
  it('opens the finding under the caret and closes on a caret outside every finding', () => {
    const { result } = renderPopover();
    expect(result.current.violation).toBeUndefined();
    act(() => result.current.openAt(text.indexOf('ana@')));
    expect(result.current.violation?.kind).toBe('email');
    act(() => result.current.openAt(2));
    expect(result.current.violation).toBeUndefined();
  });

  it('points aria-labelledby at its title and closes on Escape', () => {
    const { result } = renderPopover();
    act(() => result.current.openAt(7));
    const popover = result.current.getPopoverProps();
    expect(popover).toMatchObject({ role: 'dialog', 'aria-modal': false, 'aria-labelledby': result.current.getTitleProps().id });
    act(() => popover.onKeyDown?.({ key: 'Escape', preventDefault: () => undefined } as never));
    expect(result.current.violation).toBeUndefined();
  });
});

describe('useFindingPopover: open, defaultOpen and onOpenChange', () => {
  it('opens on the first finding with defaultOpen, and reports an action that closes it', () => {
    const onOpenChange = vi.fn();
    const { result } = renderPopover({ defaultOpen: true, onOpenChange });
    expect(result.current.violation?.kind).toBe('phone');
    act(() => result.current.close());
    expect(result.current.violation).toBeUndefined();
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('stays shut while the parent holds open={false}, and asks to open', () => {
    const onOpenChange = vi.fn();
    const { result } = renderPopover({ open: false, onOpenChange });
    act(() => result.current.openAt(text.indexOf('ana@')));
    expect(result.current.violation).toBeUndefined();
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('shows the finding last aimed at once the parent opens it', () => {
    const { result, rerender } = renderPopover({ open: false });
    act(() => result.current.openAt(text.indexOf('ana@')));
    rerender({ open: true });
    expect(result.current.violation?.kind).toBe('email');
    rerender({ open: false });
    expect(result.current.violation).toBeUndefined();
  });

  it('keeps showing while the parent refuses a close', () => {
    const onOpenChange = vi.fn();
    const { result } = renderPopover({ open: true, onOpenChange });
    act(() => result.current.close());
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    expect(result.current.violation?.kind).toBe('phone');
  });
});

describe('useFindingPopover: stateReducer', () => {
  it('lets the caller keep some popovers shut (here only an email opens one)', () => {
    const { result } = renderPopover({
      stateReducer: (_state, { type, changes, ...action }) =>
        type === FINDING_POPOVER_ACTIONS.opened && 'key' in action && !action.key.startsWith('email:') ? undefined : changes,
    });
    act(() => result.current.openAt(7));
    expect(result.current.violation).toBeUndefined();
    act(() => result.current.openAt(text.indexOf('ana@')));
    expect(result.current.violation?.kind).toBe('email');
  });

  it('sees the state as shown, controlled too, and its answer is what the parent is asked for', () => {
    const onOpenChange = vi.fn();
    const seen: unknown[] = [];
    const { result } = renderPopover({
      open: true,
      onOpenChange,
      stateReducer: (state) => {
        seen.push(state);
        return state; // Refuses every change: nothing is asked of the parent.
      },
    });
    act(() => result.current.close());
    expect(seen).toEqual([{ key: expect.stringMatching(/^phone:/), start: text.indexOf('+1') }]);
    expect(onOpenChange).not.toHaveBeenCalled();
  });
});

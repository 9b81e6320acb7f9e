import { act, renderHook } from '@testing-library/react';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { HELD_WARNING_ACTIONS } from '../../src/hooks/heldWarningReducer';
import { HOLD_WARNING_PAUSE, type UseHeldWarningOptions, useHeldWarning } from '../../src/hooks/useHeldWarning';

const before = 'You can see more of my work at myportfolio.i';
const typed = `${before}o`;
const plain = checkMessage(before, { contractState: 'none' });
const warned = checkMessage(typed, { contractState: 'none' });
const blocked = checkMessage('call +1 917 442 0188', { contractState: 'none' });

/** Mounts on the plain draft, then types the character that makes it a warning (caret at the end). */
function typeIntoWarning(extra: Partial<UseHeldWarningOptions> = {}) {
  const hook = renderHook((props: UseHeldWarningOptions) => useHeldWarning(props), {
    initialProps: { verdict: plain, text: before, knownText: undefined, caret: before.length, ...extra } as UseHeldWarningOptions,
  });
  hook.rerender({ verdict: warned, text: typed, knownText: undefined, caret: typed.length, ...extra });
  return hook;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useHeldWarning', () => {
  it('holds a warning that appears under the caret while typing, and shows it once typing pauses', () => {
    expect(warned.decision).toBe('warn');
    const { result } = typeIntoWarning();
    expect(result.current).toMatchObject({ decision: 'allow', violations: [] });
    act(() => vi.advanceTimersByTime(HOLD_WARNING_PAUSE - 1));
    expect(result.current.decision).toBe('allow');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(warned);
  });

  it('never holds a block, nor a warning set by code', () => {
    const { result, rerender } = renderHook((props: UseHeldWarningOptions) => useHeldWarning(props), {
      initialProps: { verdict: plain, text: before, knownText: undefined, caret: before.length } as UseHeldWarningOptions,
    });
    rerender({ verdict: blocked, text: 'call +1 917 442 0188', knownText: undefined, caret: 20 });
    expect(result.current).toBe(blocked);
    rerender({ verdict: warned, text: typed, knownText: typed, caret: typed.length });
    expect(result.current).toBe(warned);
  });

  it('does not render when typing pauses with nothing held', () => {
    let renders = 0;
    const { rerender } = renderHook(
      (props: UseHeldWarningOptions) => {
        renders += 1;
        return useHeldWarning(props);
      },
      { initialProps: { verdict: plain, text: before, knownText: undefined, caret: before.length } },
    );
    rerender({ verdict: plain, text: `${before} `, knownText: undefined, caret: before.length + 1 });
    const afterTyping = renders;
    act(() => vi.advanceTimersByTime(HOLD_WARNING_PAUSE * 2));
    expect(renders).toBe(afterTyping);
  });

  it('shows at once a warning that appears after typing already paused (a contract change)', () => {
    const { result, rerender } = renderHook((props: UseHeldWarningOptions) => useHeldWarning(props), {
      initialProps: { verdict: plain, text: before, knownText: undefined, caret: before.length },
    });
    rerender({ verdict: plain, text: typed, knownText: undefined, caret: typed.length });
    act(() => vi.advanceTimersByTime(HOLD_WARNING_PAUSE));
    // Nothing was held at the pause, so nothing rendered then; the warning comes later, for the same text.
    rerender({ verdict: warned, text: typed, knownText: undefined, caret: typed.length });
    expect(result.current).toBe(warned);
  });

  it('lets a stateReducer refuse to hold a warning (it shows at once)', () => {
    const { result } = typeIntoWarning({
      stateReducer: (_state, { type, changes }) => (type === HELD_WARNING_ACTIONS.shown ? { ...changes, holding: false, shown: 'warn' } : changes),
    });
    // The steered state says the warning already shows, and a warning already shown is never held back.
    expect(result.current.decision).toBe('warn');
  });
});

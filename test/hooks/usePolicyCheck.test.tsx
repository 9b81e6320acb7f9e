import { renderHook, waitFor } from '@testing-library/react';
import { getSharedDetector } from '../../src/hooks/useContactDetector';
import { NO_HISTORY, type PolicyCheckInputs, usePolicyCheck } from '../../src/hooks/usePolicyCheck';

const detector = getSharedDetector();
const inputs = (overrides: Partial<PolicyCheckInputs>): PolicyCheckInputs => ({
  text: '',
  contractState: 'none',
  detector,
  policy: undefined,
  history: NO_HISTORY,
  knownText: undefined,
  ...overrides,
});

describe('usePolicyCheck: which text is checked when', () => {
  it('checks a typed change after the frame is painted, a change by code at once', async () => {
    const { result, rerender } = renderHook((props: Partial<PolicyCheckInputs>) => usePolicyCheck(inputs(props)), {
      initialProps: { text: 'hello' } as Partial<PolicyCheckInputs>,
    });
    rerender({ text: 'call +1 917 442 0188' });
    expect(result.current.checkedText).toBe('hello');
    expect(result.current.isStale).toBe(true);
    await waitFor(() => expect(result.current.decision).toBe('block'));
    rerender({ text: 'see you on Monday', knownText: 'see you on Monday' });
    expect(result.current.checkedText).toBe('see you on Monday');
    expect(result.current.decision).toBe('allow');
  });

  it('checks every text in its own render when not deferred', () => {
    const { result, rerender } = renderHook((props: Partial<PolicyCheckInputs>) => usePolicyCheck(inputs({ deferred: false, ...props })), {
      initialProps: { text: 'hello' } as Partial<PolicyCheckInputs>,
    });
    rerender({ text: 'mail ana@example.com' });
    expect(result.current.decision).toBe('block');
    expect(result.current.isStale).toBe(false);
  });

  it('applies the resolved policy and history it is handed', () => {
    const { result } = renderHook(() =>
      usePolicyCheck(inputs({ text: '0188', history: ['my number is 917', '442'], policy: { rules: { phone: { none: 'warn' } } }, deferred: false })),
    );
    expect(result.current.decision).toBe('warn');
  });
});

import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ContractState, PolicyOverrides } from '../../src/core/policy/policyTypes';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { usePolicyGuard } from '../../src/hooks/usePolicyGuard';
import { DRAFT_DECISION_CASES as cases, SAMPLE_DRAFTS as DRAFTS } from '../fixtures/defaultPolicyMatrix';

describe('usePolicyGuard', () => {
  it.each(cases)('%s draft in a %s conversation → %s', (draft, contractState, decision) => {
    const { result } = renderHook(() => usePolicyGuard({ text: DRAFTS[draft], contractState }));
    expect(result.current.decision).toBe(decision);
    expect(result.current.canSend).toBe(decision !== 'block');
    expect(result.current.needsAcknowledgement).toBe(decision === 'warn');
  });

  it('unblocks at once when the contract becomes active, without new input', () => {
    const { result, rerender } = renderHook(({ contractState }) => usePolicyGuard({ text: DRAFTS.phone, contractState }), {
      initialProps: { contractState: 'pending' as ContractState },
    });
    expect(result.current.decision).toBe('block');
    rerender({ contractState: 'active' });
    expect(result.current.decision).toBe('allow');
    expect(result.current.violations).toEqual([]);
  });

  it('catches a number split across the history', () => {
    const history = ['my number is 917', '442'];
    const { result } = renderHook(() => usePolicyGuard({ text: '0188', contractState: 'none', history }));
    expect(result.current.decision).toBe('block');
  });

  it('takes the policy from the provider, and its own options win', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <OnPlatformProvider policy={{ rules: { url: { none: 'allow' } } }}>{children}</OnPlatformProvider>
    );
    const fromProvider = renderHook(() => usePolicyGuard({ text: DRAFTS.url, contractState: 'none' }), { wrapper });
    expect(fromProvider.result.current.decision).toBe('allow');
    const own = renderHook(() => usePolicyGuard({ text: DRAFTS.url, contractState: 'none', policy: { rules: { url: { none: 'block' } } } }), { wrapper });
    expect(own.result.current.decision).toBe('block');
  });
});

describe('usePolicyGuard: memoisation', () => {
  it('does not re-run the check for a new but equal history or policy', () => {
    const { result, rerender } = renderHook(
      ({ history, policy }) => usePolicyGuard({ text: DRAFTS.url, contractState: 'none', history, policy }),
      { initialProps: { history: ['hello'], policy: { rules: { url: { none: 'block' } } } as PolicyOverrides } },
    );
    const first = result.current.verdict;
    rerender({ history: ['hello'], policy: { rules: { url: { none: 'block' as const } } } });
    expect(result.current.verdict).toBe(first);
    rerender({ history: ['hello', 'again'], policy: { rules: { url: { none: 'block' as const } } } });
    expect(result.current.verdict).not.toBe(first);
    rerender({ history: ['hello', 'again'], policy: { rules: { url: { none: 'warn' as const } } } });
    expect(result.current.decision).toBe('warn');
  });

  it('checks the current text at once when not deferred, and says when a deferred verdict is stale', () => {
    const { result, rerender } = renderHook(({ text }) => usePolicyGuard({ text, contractState: 'none', deferred: false }), {
      initialProps: { text: 'hello' },
    });
    rerender({ text: DRAFTS.email });
    expect(result.current.checkedText).toBe(DRAFTS.email);
    expect(result.current.isStale).toBe(false);
    expect(result.current.decision).toBe('block');
  });
});

describe('usePolicyGuard on long drafts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('re-checks a long draft when typing pauses, not on every keystroke', () => {
    vi.useFakeTimers();
    const long = 'word '.repeat(300);
    const { result, rerender } = renderHook(({ text }) => usePolicyGuard({ text, contractState: 'none', longTextThreshold: 1000, settleDelay: 150 }), {
      initialProps: { text: long },
    });
    expect(result.current.decision).toBe('allow');
    rerender({ text: `${long} ana@mail.co` });
    expect(result.current.isStale).toBe(true);
    expect(result.current.decision).toBe('allow');
    act(() => {
      vi.advanceTimersByTime(150);
    });
    expect(result.current.isStale).toBe(false);
    expect(result.current.decision).toBe('block');
  });

  it('checks a 5,000-character draft after its frame is painted, with no wait for a pause', async () => {
    const long = 'word '.repeat(1000);
    // A settle delay far longer than waitFor's timeout: the check can only come from the paint path.
    const { result, rerender } = renderHook(({ text }) => usePolicyGuard({ text, contractState: 'none', settleDelay: 60_000 }), {
      initialProps: { text: long },
    });
    rerender({ text: `${long}ana@mail.co` });
    expect(result.current).toMatchObject({ decision: 'allow', isStale: true });
    await waitFor(() => expect(result.current).toMatchObject({ decision: 'block', isStale: false }));
    expect(result.current.checkedText.length).toBeGreaterThan(5000);
  });

  it('never goes back to an older text when a draft grows past the threshold', async () => {
    const { result, rerender } = renderHook(({ text }) => usePolicyGuard({ text, contractState: 'none', longTextThreshold: 100 }), {
      initialProps: { text: 'hi' },
    });
    rerender({ text: 'hi, write to ana@mail.co' });
    await waitFor(() => expect(result.current.decision).toBe('block'));
    vi.useFakeTimers();
    rerender({ text: `hi, write to ana@mail.co ${'and more words '.repeat(10)}` });
    expect(result.current.decision).toBe('block');
    rerender({ text: `hi ${'and more words '.repeat(10)}` });
    expect(result.current.decision).toBe('block');
    expect(result.current.isStale).toBe(true);
    act(() => {
      vi.advanceTimersByTime(150);
    });
    expect(result.current.decision).toBe('allow');
  });

  it('checks a changed short draft once its frame is painted, not in the keystroke\'s render', async () => {
    const { result, rerender } = renderHook(({ text }) => usePolicyGuard({ text, contractState: 'none' }), { initialProps: { text: 'hi' } });
    rerender({ text: 'hi ana@mail.co' });
    expect(result.current).toMatchObject({ decision: 'allow', isStale: true, checkedText: 'hi' });
    await waitFor(() => expect(result.current).toMatchObject({ decision: 'block', isStale: false, checkedText: 'hi ana@mail.co' }));
  });

  it('checks the latest text once when it changes several times within a frame', async () => {
    const { result, rerender } = renderHook(({ text }) => usePolicyGuard({ text, contractState: 'none' }), { initialProps: { text: 'hi' } });
    rerender({ text: 'hi ana@mail.co' });
    rerender({ text: 'hi there' });
    await waitFor(() => expect(result.current.checkedText).toBe('hi there'));
    expect(result.current.decision).toBe('allow');
  });

  it('with deferred: false, checks every text in its own render', () => {
    const { result, rerender } = renderHook(({ text }) => usePolicyGuard({ text, contractState: 'none', deferred: false }), {
      initialProps: { text: 'hi' },
    });
    rerender({ text: 'hi ana@mail.co' });
    expect(result.current).toMatchObject({ decision: 'block', isStale: false });
  });

  it('applies a new contract state at once, even while the text waits for its check', () => {
    const { result, rerender } = renderHook(({ text, contractState }) => usePolicyGuard({ text, contractState }), {
      initialProps: { text: 'call +1 917 442 0188', contractState: 'none' as ContractState },
    });
    rerender({ text: 'call +1 917 442 0188 now', contractState: 'active' });
    expect(result.current.decision).toBe('allow');
    expect(result.current.isStale).toBe(true);
  });
});

import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { DetectorOptions } from '../../src/core/types';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { getSharedDetector, useContactDetector, useDetector } from '../../src/hooks/useContactDetector';
import { stableKey } from '../../src/utils/stableKey';

// Counts how often options are read by value, still keying them as usual.
vi.mock('../../src/utils/stableKey', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/utils/stableKey')>();
  return { stableKey: vi.fn(actual.stableKey) };
});

const DRAFTS = {
  email: 'write to ana@mail.co',
  phone: 'call +1 917 442 0188',
};

describe('useContactDetector', () => {
  it('returns matches memoised on the text', () => {
    const { result, rerender } = renderHook(({ text }) => useContactDetector(text, { kinds: ['email'] }), { initialProps: { text: DRAFTS.email } });
    const first = result.current;
    expect(first.map((match) => match.kind)).toEqual(['email']);
    rerender({ text: DRAFTS.email });
    expect(result.current).toBe(first);
    rerender({ text: DRAFTS.phone });
    expect(result.current).toEqual([]);
  });

  it('builds the detector once per distinct options, not per render', () => {
    const { result, rerender } = renderHook(({ options }) => useContactDetector(DRAFTS.email, options), {
      initialProps: { options: { kinds: ['email' as const] } },
    });
    const first = result.current;
    // A new but equal options object must not rebuild the detector (nor re-run detection).
    rerender({ options: { kinds: ['email' as const] } });
    expect(result.current).toBe(first);
  });

  it('treats options with another key order as the same options', () => {
    const { result, rerender } = renderHook(({ options }) => useContactDetector(DRAFTS.email, options), {
      initialProps: { options: { kinds: ['email' as const], allowDomains: ['example.com'] } as DetectorOptions },
    });
    const first = result.current;
    rerender({ options: { allowDomains: ['example.com'], kinds: ['email' as const] } });
    expect(result.current).toBe(first);
  });

  it('reads the options by value once per identity, and hands out one detector per value', () => {
    const reads = vi.mocked(stableKey);
    const options: DetectorOptions = { kinds: ['phone'], defaultCountry: 'NL' };
    reads.mockClear();
    const { result, rerender } = renderHook(({ options }) => useDetector(options), { initialProps: { options } });
    const first = result.current;
    rerender({ options });
    expect(reads).toHaveBeenCalledTimes(1);
    rerender({ options: { defaultCountry: 'NL', kinds: ['phone'] } });
    expect(reads).toHaveBeenCalledTimes(2);
    expect(result.current).toBe(first);
  });

  it('shares one detector between components with equal options', () => {
    expect(getSharedDetector({ kinds: ['phone'], defaultCountry: 'US' })).toBe(getSharedDetector({ defaultCountry: 'US', kinds: ['phone'] }));
    expect(getSharedDetector({ kinds: ['phone'] })).not.toBe(getSharedDetector({ kinds: ['email'] }));
  });

  it('lets its own options win over the provider', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <OnPlatformProvider detectorOptions={{ allowDomains: ['mail.co'] }}>{children}</OnPlatformProvider>
    );
    const { result } = renderHook(() => useContactDetector(DRAFTS.email, { kinds: ['email'] }), { wrapper });
    expect(result.current.map((match) => match.kind)).toEqual(['email']);
  });

  it('uses the provider detector options', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <OnPlatformProvider detectorOptions={{ allowDomains: ['mail.co'] }}>{children}</OnPlatformProvider>
    );
    const { result } = renderHook(() => useContactDetector(DRAFTS.email), { wrapper });
    expect(result.current).toEqual([]);
  });

  it('finds nothing in an empty text', () => {
    const { result } = renderHook(() => useContactDetector(''));
    expect(result.current).toEqual([]);
  });

  it('detects again when the provider options change', () => {
    let allowDomains: string[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => <OnPlatformProvider detectorOptions={{ allowDomains }}>{children}</OnPlatformProvider>;
    const { result, rerender } = renderHook(() => useContactDetector(DRAFTS.email), { wrapper });
    expect(result.current.map((match) => match.kind)).toEqual(['email']);
    allowDomains = ['mail.co'];
    rerender();
    expect(result.current).toEqual([]);
  });
});

import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { useProtectedMessage } from '../../src/hooks/useProtectedMessage';

const TEXT = 'Great! Add me on telegram: @ana_b or call +1 917 442 0188';

describe('useProtectedMessage', () => {
  it('masks contact details before a contract', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: TEXT, contractState: 'none' }));
    const masked = result.current.segments.filter((segment) => segment.masked);
    expect(masked.map((segment) => segment.match?.kind)).toEqual(['social', 'phone']);
    expect(result.current.segments.map((segment) => segment.display).join('')).not.toContain('917');
    expect(masked[1]?.display).toBe('[phone number hidden]');
    expect(result.current.shouldOfferReport).toBe(true);
  });

  it('shows everything once the contract is active', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: TEXT, contractState: 'active' }));
    expect(result.current.segments.some((segment) => segment.masked)).toBe(false);
    expect(result.current.segments.map((segment) => segment.display).join('')).toBe(TEXT);
  });

  it('surfaces off-platform and payment requests as signals; payment even during a contract', () => {
    const text = "Let's continue on WhatsApp, and pay me via PayPal to save fees";
    const before = renderHook(() => useProtectedMessage({ text, contractState: 'pending' }));
    expect(before.result.current.signals.map((signal) => signal.kind)).toEqual(['intent', 'payment', 'payment']);
    const during = renderHook(() => useProtectedMessage({ text, contractState: 'active' }));
    expect(during.result.current.signals.map((signal) => signal.kind)).toEqual(['payment', 'payment']);
    expect(during.result.current.shouldOfferReport).toBe(true);
  });

  it('uses a custom mask and the provider locale', () => {
    const custom = renderHook(() => useProtectedMessage({ text: 'mail ana@mail.co', contractState: 'none', mask: '•••' }));
    expect(custom.result.current.segments[1]?.display).toBe('•••');
    const wrapper = ({ children }: { children: ReactNode }) => <OnPlatformProvider locale="es">{children}</OnPlatformProvider>;
    const spanish = renderHook(() => useProtectedMessage({ text: 'mail ana@mail.co', contractState: 'none' }), { wrapper });
    expect(spanish.result.current.segments[1]?.display).toBe('[correo electrónico oculto]');
  });

  it('never masks or flags the reader’s own messages', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: TEXT, contractState: 'none', authorIsSelf: true }));
    expect(result.current.segments.some((segment) => segment.masked)).toBe(false);
    expect(result.current.shouldOfferReport).toBe(false);
  });
});

import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ContractState } from '../../src/core/policy/policyTypes';
import { redactMessage } from '../../src/core/redactMessage';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { useProtectedMessage } from '../../src/hooks/useProtectedMessage';

const TEXT = 'Great! Add me on telegram: @ana_b or call +1 917 442 0188';
const shown = (segments: ReadonlyArray<{ display: string }>) => segments.map((segment) => segment.display).join('');

describe('useProtectedMessage: masking', () => {
  it.each([
    ['none', 'Great! Add me on [messaging or social handle hidden] or call [phone number hidden]'],
    ['pending', 'Great! Add me on [messaging or social handle hidden] or call [phone number hidden]'],
    ['active', TEXT],
    ['ended', TEXT],
  ] as const)('in a %s conversation shows %j', (contractState, expected) => {
    const { result } = renderHook(() => useProtectedMessage({ text: TEXT, contractState }));
    expect(shown(result.current.segments)).toBe(expected);
  });

  it('each masked segment knows what was hidden and why, but not the hidden text', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: TEXT, contractState: 'none' }));
    const masked = result.current.segments.filter((segment) => segment.masked);
    expect(masked.map((segment) => [segment.violation?.kind, segment.violation?.reason])).toEqual([
      ['social', 'until-contract'],
      ['phone', 'until-contract'],
    ]);
    const serialised = JSON.stringify(result.current.segments);
    for (const hidden of ['ana_b', '917', '442', '0188']) expect(serialised).not.toContain(hidden);
  });

  it('unmasks at once when the contract becomes active', () => {
    const { result, rerender } = renderHook(({ contractState }) => useProtectedMessage({ text: TEXT, contractState }), {
      initialProps: { contractState: 'pending' as ContractState },
    });
    expect(result.current.segments.some((segment) => segment.masked)).toBe(true);
    rerender({ contractState: 'active' });
    expect(shown(result.current.segments)).toBe(TEXT);
    expect(result.current.shouldOfferReport).toBe(false);
  });

  it('keeps an off-platform payment hidden during a contract', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: 'pay at paypal.me/ana', contractState: 'active' }));
    expect(shown(result.current.segments)).toBe('pay at [payment details hidden]');
  });

  it('flags but does not hide a warned link (the sender confirmed it)', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: 'see https://myportfolio.io', contractState: 'none' }));
    expect(shown(result.current.segments)).toBe('see https://myportfolio.io');
    expect(result.current.segments[1]?.violation?.action).toBe('warn');
  });

  it('takes a mask string, a mask function and a rule for what to hide', () => {
    const text = 'mail ana@mail.co or see https://myportfolio.io';
    const custom = renderHook(() => useProtectedMessage({ text, contractState: 'none', mask: '•••' }));
    expect(shown(custom.result.current.segments)).toBe('mail ••• or see https://myportfolio.io');
    const everything = renderHook(() =>
      useProtectedMessage({ text, contractState: 'none', mask: (match) => `<${match.kind}>`, shouldMask: () => true }),
    );
    expect(shown(everything.result.current.segments)).toBe('mail <email> or see <url>');
  });

  it('takes the mask copy from the provider locale and messages, and its own win', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <OnPlatformProvider locale="es">{children}</OnPlatformProvider>;
    const spanish = renderHook(() => useProtectedMessage({ text: 'mail ana@mail.co', contractState: 'none' }), { wrapper });
    expect(spanish.result.current.segments[1]?.display).toBe('[correo electrónico oculto]');
    const overridden = renderHook(
      () => useProtectedMessage({ text: 'mail ana@mail.co', contractState: 'none', messages: { maskedDetail: () => '[oculto]' } }),
      { wrapper },
    );
    expect(overridden.result.current.segments[1]?.display).toBe('[oculto]');
    const english = renderHook(() => useProtectedMessage({ text: 'mail ana@mail.co', contractState: 'none', locale: 'en' }), { wrapper });
    expect(english.result.current.segments[1]?.display).toBe('[email address hidden]');
  });

  it('masks the end of a number split across the author’s messages', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: '0188', contractState: 'none', history: ['my number is 917', '442'] }));
    expect(result.current.segments[0]?.masked).toBe(true);
  });

  it('never masks or flags the reader’s own messages', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: TEXT, contractState: 'none', authorIsSelf: true }));
    expect(shown(result.current.segments)).toBe(TEXT);
    expect(result.current.signals).toEqual([]);
    expect(result.current.shouldOfferReport).toBe(false);
  });
});

describe('useProtectedMessage: signals', () => {
  it('surfaces off-platform and payment requests; only payment during a contract', () => {
    const text = "Let's continue on WhatsApp, and pay me via PayPal to save fees";
    const before = renderHook(() => useProtectedMessage({ text, contractState: 'pending' }));
    // How many payment findings the request splits into is the recognizer's business; the kinds are what matter here.
    const kinds = (signals: readonly { kind: string }[]) => [...new Set(signals.map((signal) => signal.kind))];
    expect(kinds(before.result.current.signals)).toEqual(['intent', 'payment']);
    expect(before.result.current.caution).toEqual({ payment: true, offPlatform: true });
    const during = renderHook(() => useProtectedMessage({ text, contractState: 'active' }));
    expect(kinds(during.result.current.signals)).toEqual(['payment']);
    expect(during.result.current.caution).toEqual({ payment: true, offPlatform: false });
    expect(during.result.current.shouldOfferReport).toBe(true);
  });

  it('raises no caution and offers no report for an ordinary message', () => {
    const { result } = renderHook(() => useProtectedMessage({ text: 'I built a Telegram bot; budget $1,500', contractState: 'none' }));
    expect(result.current.signals).toEqual([]);
    expect(result.current.caution).toEqual({ payment: false, offPlatform: false });
    expect(result.current.shouldOfferReport).toBe(false);
  });
});

describe('useProtectedMessage: redacted', () => {
  const redacted = redactMessage("mail ana@mail.co, let's continue on WhatsApp", { contractState: 'none' });

  it('shows a redacted message with this app’s masks, and what each mask hides', () => {
    const { result } = renderHook(() => useProtectedMessage({ redacted }));
    expect(redacted.text).toBe("mail [email address hidden], let's continue on WhatsApp");
    expect(shown(result.current.segments)).toBe("mail [email address hidden], let's continue on WhatsApp");
    const masked = result.current.segments.find((segment) => segment.masked);
    expect(masked).toEqual({
      display: '[email address hidden]',
      start: 5,
      end: 27,
      masked: true,
      violation: { kind: 'email', action: 'block', rule: 'no-email-before-contract', reason: 'until-contract' },
    });
    const mask = renderHook(() => useProtectedMessage({ redacted, mask: (hidden) => `<${hidden.kind}>` }));
    expect(shown(mask.result.current.segments)).toBe("mail <email>, let's continue on WhatsApp");
  });

  it('takes the caution from the server and offers a report, with nothing of the details in the result', () => {
    const { result } = renderHook(() => useProtectedMessage({ redacted }));
    expect(result.current.caution).toEqual({ payment: false, offPlatform: true });
    expect(result.current.shouldOfferReport).toBe(true);
    expect(result.current.matches).toEqual([]);
    expect(JSON.stringify(result.current)).not.toContain('ana@mail.co');
  });

  it('offers nothing for the reader’s own message', () => {
    const { result } = renderHook(() => useProtectedMessage({ redacted, authorIsSelf: true }));
    expect(result.current.caution).toEqual({ payment: false, offPlatform: false });
    expect(result.current.shouldOfferReport).toBe(false);
  });
});

describe('useProtectedMessage: the same masks as the server', () => {
  // One sample per kind; every objection is masked here so that each kind's wording is compared.
  it.each([
    ['email', 'ana@mail.co', '[email address hidden]'],
    ['phone', '+1 917 442 0188', '[phone number hidden]'],
    ['url', 'https://myportfolio.io', '[link hidden]'],
    ['social', 't.me/ana_bauer', '[messaging or social handle hidden]'],
    ['meeting', 'https://us02web.zoom.us/j/81234567890', '[meeting link hidden]'],
    ['payment', 'paypal.me/ana', '[payment details hidden]'],
    ['intent', "let's continue on WhatsApp", '[invitation hidden]'],
  ] as const)('a %s reads the same masked on a server as in the English UI', (kind, sample, mask) => {
    const text = `see ${sample} now`;
    const maskAll = () => true;
    const onServer = redactMessage(text, { contractState: 'none', shouldMask: maskAll });
    const inBrowser = renderHook(() => useProtectedMessage({ text, contractState: 'none', shouldMask: maskAll })).result.current;
    expect(onServer.segments.find((segment) => segment.masked)?.violation?.kind).toBe(kind);
    expect(onServer.text).toBe(`see ${mask} now`);
    expect(shown(inBrowser.segments)).toBe(onServer.text);
    // A redacted message keeps its masks' wording in the English UI.
    expect(shown(renderHook(() => useProtectedMessage({ redacted: onServer })).result.current.segments)).toBe(onServer.text);
  });
});

describe('useProtectedMessage: over the length limit', () => {
  const long = `call +1 917 442 0188 ${'x'.repeat(40)}`;

  it('masks a redacted message whole and offers a report, the same as a text checked here', () => {
    const fromServer = renderHook(() => useProtectedMessage({ redacted: redactMessage(long, { contractState: 'none', maxLength: 20 }) })).result.current;
    const checkedHere = renderHook(() => useProtectedMessage({ text: long, contractState: 'none', detectorOptions: { maxLength: 20 } })).result.current;
    for (const message of [fromServer, checkedHere]) {
      expect(shown(message.segments)).toBe('[message too long to show]');
      expect(message).toMatchObject({ tooLong: true, shouldOfferReport: true, caution: { payment: false, offPlatform: false } });
    }
  });

  it('shows the author their own text, but only the mask when the page got the redacted form', () => {
    const own = renderHook(() => useProtectedMessage({ text: long, contractState: 'none', authorIsSelf: true, detectorOptions: { maxLength: 20 } })).result.current;
    expect(shown(own.segments)).toBe(long);
    const ownRedacted = renderHook(() =>
      useProtectedMessage({ redacted: redactMessage(long, { contractState: 'none', maxLength: 20 }), authorIsSelf: true }),
    ).result.current;
    expect(shown(ownRedacted.segments)).toBe('[message too long to show]');
    expect(ownRedacted).toMatchObject({ tooLong: true, shouldOfferReport: false });
  });
});

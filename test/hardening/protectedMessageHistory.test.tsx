import { render, renderHook, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { ProtectedMessage } from '../../src/components/ProtectedMessage';
import { checkMessage } from '../../src/core/policy/checkMessage';
import type { ContractState } from '../../src/core/policy/policyTypes';
import { redactMessage } from '../../src/core/redactMessage';
import { useProtectedMessage } from '../../src/hooks/useProtectedMessage';

// Issue 15, item 10: `history` on ProtectedMessage, useProtectedMessage and redactMessage, with the
// semantics of checkMessage: a number sent in three pieces is masked for a reader without a contract.
const HISTORY = ['my number is 917', '442'];
const shown = (segments: ReadonlyArray<{ display: string }>) => segments.map((segment) => segment.display).join('');

describe('history: a detail split across messages', () => {
  it('is what checkMessage finds (the reference the three below follow)', () => {
    expect(checkMessage('0188', { contractState: 'none', history: HISTORY }).decision).toBe('block');
    expect(checkMessage('0188', { contractState: 'none' }).decision).toBe('allow');
  });

  it.each<[ContractState, string]>([
    ['none', '[phone number hidden]'],
    ['pending', '[phone number hidden]'],
    ['active', '0188'],
    ['ended', '0188'],
  ])('ProtectedMessage in a %s conversation shows %j for the last piece', (contractState, expected) => {
    render(<ProtectedMessage text="0188" history={HISTORY} contractState={contractState} author="Ana" />);
    expect(screen.getByRole('article')).toHaveTextContent(`Ana${expected}`);
  });

  it('ProtectedMessage without history shows the piece (nothing to join it to)', () => {
    render(<ProtectedMessage text="0188" contractState="none" author="Ana" />);
    expect(screen.getByRole('article')).toHaveTextContent('0188');
  });

  it('ProtectedMessage leaves the piece out of the server HTML', () => {
    const html = renderToString(<ProtectedMessage text="0188" history={HISTORY} contractState="none" author="Ana" />);
    expect(html).toContain('[phone number hidden]');
    expect(html).not.toContain('0188');
  });

  it('useProtectedMessage masks it, and re-checks when the history changes', () => {
    const { result, rerender } = renderHook(({ history }) => useProtectedMessage({ text: '0188', contractState: 'none', history }), {
      initialProps: { history: [] as string[] },
    });
    expect(shown(result.current.segments)).toBe('0188');
    rerender({ history: HISTORY });
    expect(shown(result.current.segments)).toBe('[phone number hidden]');
    expect(result.current.segments[0]).toMatchObject({ masked: true, violation: { kind: 'phone' } });
    expect(result.current.shouldOfferReport).toBe(true);
  });

  it('redactMessage masks it, and the redacted form never holds the piece', () => {
    const redacted = redactMessage('0188 call me', { contractState: 'none', history: HISTORY });
    expect(redacted.text).toBe('[phone number hidden] call me');
    expect(JSON.stringify(redacted)).not.toContain('0188');
    render(<ProtectedMessage redacted={redacted} author="Ana" />);
    expect(screen.getByRole('article')).toHaveTextContent('[phone number hidden] call me');
  });

  it('an email split in two is masked the same way', () => {
    const history = ['my email is ana.bauer@'];
    render(<ProtectedMessage text="gmail.com thanks" history={history} contractState="none" author="Ana" />);
    expect(screen.getByRole('article')).not.toHaveTextContent('gmail.com');
    expect(redactMessage('gmail.com thanks', { contractState: 'none', history }).text).not.toContain('gmail');
  });
});

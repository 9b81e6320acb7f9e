import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MessageComposer } from '../../src/components/MessageComposer';
import { PolicyWarningBanner } from '../../src/components/PolicyWarningBanner';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { OnPlatformProvider, useOnPlatformSettings } from '../../src/hooks/OnPlatformProvider';

// Issue 15, item 9: the banner's "Read the policy" link takes only http(s) and relative URLs.
const verdict = checkMessage('mail ana@mail.co', { contractState: 'none' });

const ACCEPTED = [
  'https://market.example/policy',
  'http://market.example/policy',
  'HTTPS://market.example/policy',
  '/help/policy',
  'help/policy',
  './policy#contact',
  '?tab=policy',
  '#policy',
  '//market.example/policy',
];

const DROPPED = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\r\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001Fjavascript:alert(1)',
  'javascript:alert(1)\u0000',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' \u000Bdata:text/html,x',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://market.example/0b1c',
  'mailto:abuse@market.example',
  'http://[',
];

function warnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

describe('policyUrl: only http(s) and relative URLs reach the link', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it.each(ACCEPTED)('links to %j', (url) => {
    const warn = warnings();
    render(<PolicyWarningBanner verdict={verdict} policyUrl={url} />);
    expect(screen.getByRole('link', { name: 'Read the policy' })).toHaveAttribute('href', url);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(DROPPED)('drops %j, with a warning in development', (url) => {
    const warn = warnings();
    const { container } = render(<PolicyWarningBanner verdict={verdict} policyUrl={url} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(container.querySelector('[href]')).toBeNull();
    // Once per URL: the same bad value on every render doesn't flood the console.
    expect(warn.mock.calls.filter(([message]) => String(message).includes('policyUrl')).length).toBeLessThanOrEqual(1);
  });

  it('names the option and the fix in the warning, once per value', () => {
    const warn = warnings();
    const { rerender } = render(<PolicyWarningBanner verdict={verdict} policyUrl="data:text/html,warn-once" />);
    rerender(<PolicyWarningBanner verdict={verdict} policyUrl="data:text/html,warn-once" className="again" />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/policyUrl data:text\/html,warn-once dropped: use an http\(s\) or relative URL/);
  });

  it('stays silent in production, and still drops the URL', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = warnings();
    render(<PolicyWarningBanner verdict={verdict} policyUrl="vbscript:production-case" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });

  it('drops an unsafe URL from the provider, the composer and custom UI (useOnPlatformSettings)', () => {
    warnings();
    const wrapper = ({ children }: { children: ReactNode }) => <OnPlatformProvider policyUrl="data:text/html,x">{children}</OnPlatformProvider>;
    expect(renderHook(() => useOnPlatformSettings(), { wrapper }).result.current.policyUrl).toBeUndefined();
    render(<PolicyWarningBanner verdict={verdict} />, { wrapper });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('does not fall back to the provider’s URL when a component’s own one is unsafe', () => {
    warnings();
    const wrapper = ({ children }: { children: ReactNode }) => <OnPlatformProvider policyUrl="/help/policy">{children}</OnPlatformProvider>;
    expect(renderHook(() => useOnPlatformSettings({ policyUrl: 'javascript:void 0' }), { wrapper }).result.current.policyUrl).toBeUndefined();
    expect(renderHook(() => useOnPlatformSettings(), { wrapper }).result.current.policyUrl).toBe('/help/policy');
  });

  it('drops it on MessageComposer’s banner too', () => {
    warnings();
    render(<MessageComposer contractState="none" onSend={vi.fn()} defaultValue="mail ana@mail.co" policyUrl="vbscript:composer-case" />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('drops a value that is not a string (a JavaScript caller)', () => {
    warnings();
    // @ts-expect-error: testing a JavaScript caller
    render(<PolicyWarningBanner verdict={verdict} policyUrl={{ toString: () => 'javascript:alert(1)' }} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});

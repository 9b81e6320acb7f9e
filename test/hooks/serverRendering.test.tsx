// @vitest-environment node
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { ReportButton } from '../../src/components/ReportButton';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { useContactDetector } from '../../src/hooks/useContactDetector';
import { useMessageComposer } from '../../src/hooks/useMessageComposer';
import { usePolicyGuard } from '../../src/hooks/usePolicyGuard';
import { useProtectedMessage } from '../../src/hooks/useProtectedMessage';
import { useReport } from '../../src/hooks/useReport';

function Detector() {
  return <p>{useContactDetector('ana@mail.co').map((match) => match.kind).join()}</p>;
}

function Guard() {
  return <p>{usePolicyGuard({ text: 'see https://myportfolio.io', contractState: 'none', history: ['hi'] }).decision}</p>;
}

function Composer() {
  const composer = useMessageComposer({ contractState: 'none', onSend: () => undefined, defaultValue: 'call +1 917 442 0188', draftKey: 'ssr', maxLength: 100 });
  return (
    <form {...composer.getFormProps()}>
      <textarea aria-label="Message" {...composer.getTextareaProps()} />
      <p {...composer.getWarningProps()}>{composer.segments.length} segments</p>
      <button {...composer.getSendButtonProps()}>Send</button>
    </form>
  );
}

function Received() {
  const received = useProtectedMessage({ text: 'call +1 917 442 0188', contractState: 'none' });
  return <p>{received.segments.map((segment) => segment.display).join('')}</p>;
}

function Report() {
  const report = useReport({ onReport: () => undefined, evidence: { messageId: '1', text: 'text me', matches: [] } });
  return (
    <>
      <button {...report.getTriggerProps()}>Report</button>
      <div {...report.getDialogProps()}>{report.reasons.map((reason) => reason.label).join(' / ')}</div>
    </>
  );
}

const HOOKS: Array<[string, () => ReactNode, string]> = [
  ['useContactDetector', Detector, 'email'],
  ['usePolicyGuard', Guard, 'warn'],
  ['useMessageComposer', Composer, 'aria-invalid="true"'],
  ['useProtectedMessage', Received, '[phone number hidden]'],
  ['useReport', Report, 'Something else'],
];

describe('server rendering', () => {
  it('runs in an environment without window', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof sessionStorage).toBe('undefined');
  });

  it.each(HOOKS)('%s renders without a provider', (_name, Component, expected) => {
    expect(renderToString(<Component />)).toContain(expected);
  });

  it.each(HOOKS)('%s renders under a provider', (_name, Component, expected) => {
    const html = renderToString(
      <OnPlatformProvider locale="en" policyUrl="/policy" detectorOptions={{ defaultCountry: 'US' }}>
        <Component />
      </OnPlatformProvider>,
    );
    expect(html).toContain(expected);
  });

  it('renders provider copy on the server (Spanish mask)', () => {
    const html = renderToString(
      <OnPlatformProvider locale="es">
        <Received />
      </OnPlatformProvider>,
    );
    expect(html).toContain('[número de teléfono oculto]');
  });

  it('renders ReportButton with its dialog closed (it opens with showModal() after hydration)', () => {
    const html = renderToString(<ReportButton onReport={() => undefined} evidence={{ messageId: '1', text: 'text me', matches: [] }} />);
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toMatch(/<dialog[^>]*class="op-ReportDialog"/);
    expect(html).not.toMatch(/<dialog[^>]*\sopen/);
  });
});

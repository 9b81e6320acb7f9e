// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { useContactDetector } from '../../src/hooks/useContactDetector';
import { useMessageComposer } from '../../src/hooks/useMessageComposer';
import { usePolicyGuard } from '../../src/hooks/usePolicyGuard';
import { useProtectedMessage } from '../../src/hooks/useProtectedMessage';
import { useReport } from '../../src/hooks/useReport';

function Everything() {
  const matches = useContactDetector('ana@mail.co');
  const guard = usePolicyGuard({ text: 'ana@mail.co', contractState: 'none' });
  const composer = useMessageComposer({ contractState: 'none', onSend: () => undefined, defaultValue: 'call +1 917 442 0188', draftKey: 'ssr' });
  const received = useProtectedMessage({ text: 'call +1 917 442 0188', contractState: 'none' });
  const report = useReport({ onReport: () => undefined, evidence: { messageId: '1', text: 'x', matches } });
  return (
    <form {...composer.getFormProps()}>
      <textarea aria-label="Message" {...composer.getTextareaProps()} />
      <p>{guard.decision}</p>
      <p>{received.segments.map((segment) => segment.display).join('')}</p>
      <button {...report.getTriggerProps()}>Report</button>
    </form>
  );
}

describe('server rendering', () => {
  it('renders every hook without touching window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <OnPlatformProvider locale="en">
        <Everything />
      </OnPlatformProvider>,
    );
    expect(html).toContain('block');
    expect(html).toContain('[phone number hidden]');
    expect(html).toContain('aria-invalid="true"');
  });
});

import { render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { MessageComposer } from '../../src/components/MessageComposer';
import { ProtectedMessage } from '../../src/components/ProtectedMessage';
import { OnPlatformProvider, useOnPlatformSettings } from '../../src/hooks/OnPlatformProvider';

// Counts the reads of the provider's settings, still resolving them as usual.
vi.mock('../../src/hooks/OnPlatformProvider', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/hooks/OnPlatformProvider')>();
  return { ...actual, useOnPlatformSettings: vi.fn(actual.useOnPlatformSettings) };
});

describe('settings resolved once per render and handed down', () => {
  it('reads the provider once per composer render, banner and policy link included', () => {
    const reads = vi.mocked(useOnPlatformSettings);
    reads.mockClear();
    let composerRenders = 0;
    render(
      <OnPlatformProvider policyUrl="/help/policy">
        <Profiler id="composer" onRender={() => void composerRenders++}>
          <MessageComposer contractState="none" onSend={() => undefined} defaultValue="call me on +1 917 442 0188" />
        </Profiler>
      </OnPlatformProvider>,
    );
    // The banner rendered, with the provider's link: it got the settings without reading them itself.
    expect(screen.getByRole('alert')).toHaveTextContent('This message can’t be sent');
    expect(screen.getByRole('link', { name: /policy/i })).toHaveAttribute('href', '/help/policy');
    expect(composerRenders).toBeGreaterThan(0);
    expect(reads.mock.calls.length / composerRenders).toBe(1);
  });

  it('reads the provider once per ProtectedMessage render, its check and report dialog included', () => {
    const reads = vi.mocked(useOnPlatformSettings);
    reads.mockClear();
    const view = (contractState: 'none' | 'pending') => (
      <OnPlatformProvider messages={{ reportTrigger: 'Flag it' }}>
        <ProtectedMessage text="call me on +1 917 442 0188" author="Ana" contractState={contractState} onReport={() => undefined} />
      </OnPlatformProvider>
    );
    const { rerender } = render(view('none'));
    // Masked by the check, and the report button speaks the provider's copy: both got the settings handed down.
    expect(screen.getByText('[phone number hidden]')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Flag it' })).toBeInTheDocument();
    expect(reads).toHaveBeenCalledTimes(1);
    rerender(view('pending'));
    expect(reads).toHaveBeenCalledTimes(2);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, renderHook, screen } from '@testing-library/react';
import { HighlightedText } from '../../src/components/HighlightedText';
import { MessageComposer } from '../../src/components/MessageComposer';
import { PolicyWarningBanner } from '../../src/components/PolicyWarningBanner';
import { ProtectedMessage } from '../../src/components/ProtectedMessage';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { useContactDetector } from '../../src/hooks/useContactDetector';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';

// Issue 15 on the React side: the same validators, the same length limit, and bidi isolation.

const css = (name: string) => readFileSync(join(import.meta.dirname, '../../src/styles', name), 'utf8');
const OVERRIDE = 'see \u202Emoc.liamg@ana\u202C and call +1 917 555 0188';

function quietly<T>(run: () => T): T {
  // React logs the error a render throws; the test asserts on the error itself.
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return run();
  } finally {
    spy.mockRestore();
  }
}

describe('React props go through the core validators', () => {
  it('a misspelt policy action fails the render with the named error instead of allowing', () => {
    expect(() =>
      quietly(() => render(<ProtectedMessage text="call +1 917 555 0188" contractState="none" author="Eve" policy={{ rules: { phone: { none: 'BLOCK' as never } } }} />)),
    ).toThrow(/^checkMessage: options.policy.rules.phone.none is "BLOCK"; .*did you mean "block"/);
  });

  it('detectorOptions from a prop or the provider are validated', () => {
    expect(() => quietly(() => renderHook(() => useContactDetector('hi', { kinds: [] })))).toThrow(/^createDetector: options.kinds/);
    const wrapper = ({ children }: { children: React.ReactNode }) => <OnPlatformProvider detectorOptions={{ defaultCountry: 'UK' }}>{children}</OnPlatformProvider>;
    expect(() => quietly(() => renderHook(() => useContactDetector('hi'), { wrapper }))).toThrow(/^createDetector: options.defaultCountry is "UK"/);
  });
});

describe('length limit in the UI', () => {
  it('masks another author’s message over the limit whole, and offers a report', () => {
    const text = `ana@mail.co ${'x'.repeat(20_000)}`;
    render(<ProtectedMessage text={text} contractState="active" author="Eve" onReport={() => undefined} />);
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('[message too long to show]');
    expect(article).not.toHaveTextContent('ana@mail.co');
    expect(article).toHaveAttribute('data-masked', '');
    expect(screen.getByRole('button', { name: 'Report' })).toBeInTheDocument();
  });

  it('shows the author’s own long message as text', () => {
    const text = `ana@mail.co ${'x'.repeat(20_000)}`;
    render(<ProtectedMessage text={text} contractState="none" author="You" authorIsSelf />);
    expect(screen.getByRole('article')).toHaveTextContent('ana@mail.co');
  });

  it('the composer defaults its limit to 20,000, or to the detector’s', () => {
    const { unmount } = render(<MessageComposer contractState="none" onSend={() => undefined} />);
    expect(screen.getByRole('textbox')).toHaveAttribute('maxlength', '20000');
    unmount();
    render(<MessageComposer contractState="none" onSend={() => undefined} detectorOptions={{ maxLength: 500 }} />);
    expect(screen.getByRole('textbox')).toHaveAttribute('maxlength', '500');
  });

  it('the composer blocks a draft given over the limit and says why', () => {
    render(<MessageComposer contractState="active" onSend={() => undefined} defaultValue={'x'.repeat(20_001)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Messages can be at most 20,000 characters long.');
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('the banner says a message is too long rather than "found nothing"', () => {
    render(<PolicyWarningBanner verdict={{ decision: 'block', violations: [], tooLong: { rule: 'too-long', length: 30_000, maxLength: 20_000 } }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Messages can be at most 20,000 characters long.');
  });
});

describe('bidi isolation of user text', () => {
  it('ProtectedMessage gives the author, the text and every run and mask dir="auto"', () => {
    const { container } = render(<ProtectedMessage text={OVERRIDE} contractState="none" author="Eve" />);
    const runs = container.querySelectorAll('.op-ProtectedMessage-run, .op-ProtectedMessage-mask');
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const element of [container.querySelector('.op-ProtectedMessage-author'), container.querySelector('.op-ProtectedMessage-text'), ...runs]) {
      expect(element).toHaveAttribute('dir', 'auto');
    }
    // The reversed address is found and masked, so the override can't smuggle it through.
    expect(screen.getByRole('article')).not.toHaveTextContent('moc.liamg@ana');
  });

  it('HighlightedText gives the root, every run and every mark dir="auto"', () => {
    const { container } = render(<HighlightedText text={OVERRIDE} matches={detectContactInfo(OVERRIDE)} />);
    const parts = container.querySelectorAll('.op-HighlightedText, .op-HighlightedText-run, .op-HighlightedText-mark');
    expect(container.querySelectorAll('.op-HighlightedText-mark')).toHaveLength(2);
    for (const element of parts) expect(element).toHaveAttribute('dir', 'auto');
    // The text itself, as typed (minus the screen-reader labels of the marks).
    expect(container.textContent!.replace(/ \(Flagged: [^)]*\)/g, '')).toBe(OVERRIDE);
  });

  it.each([
    ['ProtectedMessage.css', ['.op-ProtectedMessage-author', '.op-ProtectedMessage-text', '.op-ProtectedMessage-run', '.op-ProtectedMessage-mask']],
    ['HighlightedText.css', ['.op-HighlightedText', '.op-HighlightedText-run', '.op-HighlightedText-mark']],
    ['PolicyWarningBanner.css', ['.op-PolicyWarningBanner-rules > li', '.op-PolicyWarningBanner-found', '.op-PolicyWarningBanner-reasons > li']],
  ])('%s isolates every user-text element (unicode-bidi: isolate)', (file, selectors) => {
    const rule = css(file).split('}').find((block) => block.includes('unicode-bidi: isolate'));
    expect(rule).toBeDefined();
    for (const selector of selectors) expect(rule).toContain(selector);
  });
});

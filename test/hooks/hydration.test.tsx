import { act, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useMessageComposer } from '../../src/hooks/useMessageComposer';

function Composer() {
  const composer = useMessageComposer({ contractState: 'none', onSend: () => undefined, draftKey: 'hydrated', defaultValue: 'hello' });
  return <textarea aria-label="Message" {...composer.getTextareaProps()} />;
}

async function hydrate(html: string) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  let root!: Root;
  await act(async () => {
    root = hydrateRoot(container, <Composer />, { onRecoverableError: (error) => console.error(error) });
  });
  return { textarea: container.querySelector('textarea')!, unmount: () => act(() => root.unmount()) };
}

describe('useMessageComposer: hydration with draftKey', () => {
  beforeEach(() => sessionStorage.clear());

  it('hydrates without a mismatch, then restores the stored draft and its verdict', async () => {
    const html = renderToString(<Composer />);
    sessionStorage.setItem('onplatform:draft:hydrated', 'call +1 917 442 0188');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { textarea, unmount } = await hydrate(html);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(textarea.value).toBe('call +1 917 442 0188');
    // The restored draft is a change: it is checked once that frame is painted.
    await waitFor(() => expect(textarea).toHaveAttribute('data-decision', 'block'));
    expect(textarea).toHaveAttribute('aria-invalid', 'true');
    unmount();
  });

  it('keeps defaultValue when nothing was stored', async () => {
    const { textarea, unmount } = await hydrate(renderToString(<Composer />));
    expect(textarea.value).toBe('hello');
    unmount();
  });
});

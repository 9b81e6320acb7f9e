import { renderHook, waitFor } from '@testing-library/react';
import { useValueAfterPaint } from '../../src/utils/useValueAfterPaint';

describe('useValueAfterPaint', () => {
  it('passes the value straight through while inactive', () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value, false), { initialProps: { value: 'a' } });
    rerender({ value: 'b' });
    expect(result.current).toBe('b');
  });

  it('while active, keeps the painted value until the frame of the change has been painted', async () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value, true), { initialProps: { value: 'a' } });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    await waitFor(() => expect(result.current).toBe('b'));
  });

  it('starts from the current value when it becomes active, not from one long gone', () => {
    const { result, rerender } = renderHook(({ value, active }) => useValueAfterPaint(value, active), {
      initialProps: { value: 'a', active: true },
    });
    rerender({ value: 'b', active: false });
    rerender({ value: 'c', active: false });
    rerender({ value: 'c', active: true });
    expect(result.current).toBe('c');
  });

  it('cancels the pending update when it unmounts before the paint', () => {
    const cancel = vi.spyOn(window, 'cancelAnimationFrame');
    const { rerender, unmount } = renderHook(({ value }) => useValueAfterPaint(value, true), { initialProps: { value: 'a' } });
    rerender({ value: 'b' });
    expect(cancel).not.toHaveBeenCalled();
    unmount();
    expect(cancel).toHaveBeenCalledTimes(1);
    cancel.mockRestore();
  });
});

import { act, renderHook } from '@testing-library/react';
import { useSettledValue } from '../../src/utils/useSettledValue';

describe('useSettledValue', () => {
  it('sets no timer (and renders nothing) while the value is already settled', () => {
    vi.useFakeTimers();
    try {
      let renders = 0;
      renderHook(() => {
        renders += 1;
        return useSettledValue('same', 150, true);
      });
      const before = renders;
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(1000);
      expect(renders).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows a change once it has stood for the delay', () => {
    vi.useFakeTimers();
    try {
      const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 150, true), { initialProps: { value: 'a' } });
      rerender({ value: 'ab' });
      expect(result.current).toBe('a');
      act(() => vi.advanceTimersByTime(150));
      expect(result.current).toBe('ab');
    } finally {
      vi.useRealTimers();
    }
  });
});

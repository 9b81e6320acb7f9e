import { act, renderHook } from '@testing-library/react';
import { useSteeredReducer } from '../../src/utils/useSteeredReducer';

type Action = { type: 'add'; amount: number } | { type: 'reset' };
const counter = (state: number, action: Action) => (action.type === 'add' ? state + action.amount : 0);

describe('useSteeredReducer', () => {
  it('dispatch returns the new state at once, and two dispatches in one handler build on each other', () => {
    const { result } = renderHook(() => useSteeredReducer(counter, 0));
    let seen: number[] = [];
    act(() => {
      seen = [result.current[1]({ type: 'add', amount: 2 }), result.current[1]({ type: 'add', amount: 3 })];
    });
    expect(seen).toEqual([2, 5]);
    expect(result.current[0]).toBe(5);
  });

  it('lets a stateReducer see the action and the proposed changes, and decide', () => {
    const stateReducer = vi.fn((state: number, change: Action & { changes: number }) => (change.type === 'reset' ? state : change.changes));
    const { result } = renderHook(() => useSteeredReducer(counter, 0, stateReducer));
    act(() => void result.current[1]({ type: 'add', amount: 4 }));
    act(() => void result.current[1]({ type: 'reset' }));
    expect(result.current[0]).toBe(4);
    expect(stateReducer).toHaveBeenLastCalledWith(4, { type: 'reset', changes: 0 });
  });

  it('does not re-render when the state does not change', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useSteeredReducer(counter, 0);
    });
    const before = renders;
    act(() => void result.current[1]({ type: 'add', amount: 0 }));
    expect(renders).toBe(before);
  });

  it('does not re-render when a stateReducer returns a new object equal field by field (nor loop when it runs in a render)', () => {
    type Point = { x: number; y: number };
    const move = (state: Point, action: { type: 'moveX'; x: number }) => ({ ...state, x: action.x });
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      // Refuses every move, with a fresh copy of the current state.
      return useSteeredReducer(move, { x: 0, y: 0 }, (state) => ({ ...state }));
    });
    const before = renders;
    act(() => void result.current[1]({ type: 'moveX', x: 3 }));
    expect(renders).toBe(before);
    expect(result.current[0]).toEqual({ x: 0, y: 0 });
  });
});

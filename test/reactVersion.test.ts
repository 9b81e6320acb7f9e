import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement, useState, version as reactVersion } from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString, version as serverVersion } from 'react-dom/server';

// Each Vitest project says which React it means to test (EXPECTED_REACT_MAJOR, from the pinned
// versions in vite.config.ts). If an alias silently stopped applying, this is the test that fails.
const expectedMajor = process.env.EXPECTED_REACT_MAJOR;

describe('React under test', () => {
  it('has an expected major set by the Vitest project', () => {
    expect(expectedMajor).toMatch(/^\d+$/);
  });

  it('react, react-dom and react-dom/server are all that major', () => {
    expect(reactVersion.split('.')[0]).toBe(expectedMajor);
    expect(domVersion).toBe(reactVersion);
    expect(serverVersion).toBe(reactVersion);
  });

  it('Testing Library renders with the same React copy as the code under test (hooks work)', () => {
    const { result } = renderHook(() => useState(1));
    act(() => result.current[1](2));
    expect(result.current[0]).toBe(2);
    const { container } = render(createElement('output', null, reactVersion));
    expect(container.textContent).toBe(reactVersion);
  });

  it('user-event goes through the act() wrapper Testing Library installed (one @testing-library/dom copy)', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Counter() {
      const [count, setCount] = useState(0);
      return createElement('button', { type: 'button', onClick: () => setCount(count + 1) }, String(count));
    }
    render(createElement(Counter));
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button')).toHaveTextContent('1');
    const actWarnings = errors.mock.calls.filter((call) => call.some((part) => String(part).includes('not wrapped in act')));
    errors.mockRestore();
    expect(actWarnings).toEqual([]);
  });

  it('server rendering goes through the same copy', () => {
    expect(renderToString(createElement('b', null, 'x'))).toBe('<b>x</b>');
  });
});

import { act, render, renderHook } from '@testing-library/react';
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

  it('server rendering goes through the same copy', () => {
    expect(renderToString(createElement('b', null, 'x'))).toBe('<b>x</b>');
  });
});

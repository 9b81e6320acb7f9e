// @vitest-environment node
import { createRef } from 'react';
import { composeRefs } from '../../src/utils/composeRefs';
import { cx } from '../../src/utils/cx';
import { stableKey } from '../../src/utils/stableKey';

describe('stableKey', () => {
  it.each([
    [{ a: 1, b: [2, { d: 1, c: 2 }] }, { b: [2, { c: 2, d: 1 }], a: 1 }],
    [{ kinds: ['email'], obfuscation: { unicode: true } }, { obfuscation: { unicode: true }, kinds: ['email'] }],
    [{ a: 1, skipped: undefined }, { a: 1 }],
  ])('gives equal keys for equal data in any key order: %j', (left, right) => {
    expect(stableKey(left)).toBe(stableKey(right));
  });

  it.each([
    [{ kinds: ['email', 'phone'] }, { kinds: ['phone', 'email'] }],
    [{ a: 1 }, { a: '1' }],
    [['a'], 'a'],
  ])('tells different data apart: %j vs %j', (left, right) => {
    expect(stableKey(left)).not.toBe(stableKey(right));
  });

  it('handles undefined', () => {
    expect(stableKey(undefined)).toBe('undefined');
  });
});

describe('cx', () => {
  it('joins truthy class names', () => {
    expect(cx('op-A', undefined, false, null, '', 'app')).toBe('op-A app');
    expect(cx()).toBe('');
  });
});

describe('composeRefs', () => {
  it('feeds object and callback refs, and clears them with null', () => {
    const object = createRef<string>();
    const received: Array<string | null> = [];
    const ref = composeRefs<string>(object, (value) => {
      received.push(value);
    }, undefined);
    ref('node');
    expect(object.current).toBe('node');
    ref(null);
    expect(object.current).toBeNull();
    expect(received).toEqual(['node', null]);
  });
});

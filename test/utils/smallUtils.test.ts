// @vitest-environment node
import { createRef } from 'react';
import { composeRefs } from '../../src/utils/composeRefs';
import { cx } from '../../src/utils/cx';
import { stableKey } from '../../src/utils/stableKey';
import { truncateToLength } from '../../src/utils/truncateToLength';

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

describe('truncateToLength', () => {
  it.each([
    ['hello', 10, 'hello'],
    ['hello', 5, 'hello'],
    ['hello world', 5, 'hello'],
    ['hello', 0, ''],
    // 😀 is two code units (a surrogate pair): a cut through it drops it whole.
    ['ab😀c', 3, 'ab'],
    ['ab😀c', 4, 'ab😀'],
    ['😀😀', 3, '😀'],
    ['😀', 1, ''],
    // A lone surrogate is no pair to protect: the cut falls where the limit says.
    ['a\uD83Dxy', 2, 'a\uD83D'],
    // Combining marks are separate code points, as the textarea's maxlength counts them.
    ['cafe\u0301!', 5, 'cafe\u0301'],
  ])('cuts %j to at most %i code units: %j', (text, maxLength, expected) => {
    expect(truncateToLength(text, maxLength)).toBe(expected);
  });
});

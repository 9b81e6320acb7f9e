// @vitest-environment node
import { sha256 as referenceSha256 } from '@noble/hashes/sha2.js';
import { sha256 } from '../../../src/core/payment/sha256';
import { ascii, hex, itAgreesWithReference } from './agreesWithReference';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    // Two blocks (FIPS 180-4 example): the padding no longer fits in the first one.
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('hashes %j as in the standard', (text, digest) => {
    expect(hex(sha256(ascii(text)))).toBe(digest);
  });

  itAgreesWithReference(sha256, referenceSha256, { longest: 200, name: '@noble/hashes' });
});

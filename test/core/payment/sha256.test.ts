// @vitest-environment node
import { sha256 as referenceSha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { sha256 } from '../../../src/core/payment/sha256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const ascii = (text: string) => new TextEncoder().encode(text);

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    // Two blocks (FIPS 180-4 example): the padding no longer fits in the first one.
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('hashes %j as in the standard', (text, digest) => {
    expect(hex(sha256(ascii(text)))).toBe(digest);
  });

  it('agrees with @noble/hashes on every length around the block boundaries', () => {
    for (let length = 0; length <= 200; length += 1) {
      const message = Uint8Array.from({ length }, (_, index) => (index * 131 + length) & 0xff);
      expect(hex(sha256(message)), `length ${length}`).toBe(hex(referenceSha256(message)));
    }
  });

  it('agrees with @noble/hashes on random messages', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (message) => hex(sha256(message)) === hex(referenceSha256(message))));
  });
});

// @vitest-environment node
import { keccak_256 as referenceKeccak256 } from '@noble/hashes/sha3.js';
import fc from 'fast-check';
import { keccak256 } from '../../../src/core/payment/keccak256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const ascii = (text: string) => new TextEncoder().encode(text);

describe('keccak256', () => {
  it.each([
    // Ethereum's well-known values: the empty string, and the hash behind the EIP-55 example address.
    ['', 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'],
    ['abc', '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45'],
  ])('hashes %j as Ethereum does (Keccak padding, not SHA3-256)', (text, digest) => {
    expect(hex(keccak256(ascii(text)))).toBe(digest);
  });

  it('agrees with @noble/hashes on every length around the 136-byte rate', () => {
    for (let length = 0; length <= 300; length += 1) {
      const message = Uint8Array.from({ length }, (_, index) => (index * 97 + length) & 0xff);
      expect(hex(keccak256(message)), `length ${length}`).toBe(hex(referenceKeccak256(message)));
    }
  });

  it('agrees with @noble/hashes on random messages', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (message) => hex(keccak256(message)) === hex(referenceKeccak256(message))));
  });
});

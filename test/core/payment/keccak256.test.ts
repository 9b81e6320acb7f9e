// @vitest-environment node
import { keccak_256 as referenceKeccak256 } from '@noble/hashes/sha3.js';
import { keccak256 } from '../../../src/core/payment/keccak256';
import { ascii, hex, itAgreesWithReference } from './agreesWithReference';

describe('keccak256', () => {
  it.each([
    // Ethereum's well-known values: the empty string, and the hash behind the EIP-55 example address.
    ['', 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'],
    ['abc', '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45'],
  ])('hashes %j as Ethereum does (Keccak padding, not SHA3-256)', (text, digest) => {
    expect(hex(keccak256(ascii(text)))).toBe(digest);
  });

  itAgreesWithReference(keccak256, referenceKeccak256, { longest: 300, name: '@noble/hashes' });
});

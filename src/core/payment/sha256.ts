/**
 * SHA-256 (FIPS 180-4), enough for Base58Check address checksums. A checksum over a 21-byte
 * payload does not need a general hashing library: this is a small synchronous one-shot version,
 * tested against @noble/hashes on random inputs (test/core/payment/sha256.test.ts).
 */

const PRIMES = firstPrimes(64);
// The first 32 bits of the fractional parts of the primes' square roots (initial hash) and cube
// roots (round constants), computed rather than listed: FIPS 180-4 §5.3.3 and §4.2.2.
const fraction32 = (root: number) => ((root - Math.floor(root)) * 2 ** 32) >>> 0;
const INITIAL_HASH = PRIMES.slice(0, 8).map((prime) => fraction32(Math.sqrt(prime)));
const ROUND_CONSTANTS = PRIMES.map((prime) => fraction32(Math.cbrt(prime)));

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let candidate = 2; primes.length < count; candidate += 1) {
    if (primes.every((prime) => candidate % prime !== 0)) primes.push(candidate);
  }
  return primes;
}

const rotr = (word: number, bits: number) => (word >>> bits) | (word << (32 - bits));

/** The 32-byte SHA-256 digest of `message`. */
export function sha256(message: Uint8Array): Uint8Array {
  // Padding: a 1 bit, zeros, then the message length in bits as a 64-bit big-endian number.
  const blocks = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64);
  blocks.set(message);
  blocks[message.length] = 0x80;
  const view = new DataView(blocks.buffer);
  view.setUint32(blocks.length - 8, Math.floor(message.length / 2 ** 29));
  view.setUint32(blocks.length - 4, message.length * 8);

  const hash = [...INITIAL_HASH];
  const schedule = new Uint32Array(64);
  for (let offset = 0; offset < blocks.length; offset += 64) {
    for (let index = 0; index < 16; index += 1) schedule[index] = view.getUint32(offset + index * 4);
    for (let index = 16; index < 64; index += 1) {
      const before15 = schedule[index - 15]!;
      const before2 = schedule[index - 2]!;
      const sigma0 = rotr(before15, 7) ^ rotr(before15, 18) ^ (before15 >>> 3);
      const sigma1 = rotr(before2, 17) ^ rotr(before2, 19) ^ (before2 >>> 10);
      schedule[index] = schedule[index - 16]! + sigma0 + schedule[index - 7]! + sigma1;
    }
    let [a, b, c, d, e, f, g, h] = hash as [number, number, number, number, number, number, number, number];
    for (let round = 0; round < 64; round += 1) {
      const sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const choice = (e & f) ^ (~e & g);
      const temp1 = (h + sum1 + choice + ROUND_CONSTANTS[round]! + schedule[round]!) | 0;
      const sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      [h, g, f, e, d, c, b, a] = [g, f, e, (d + temp1) | 0, c, b, a, (temp1 + sum0 + majority) | 0];
    }
    [a, b, c, d, e, f, g, h].forEach((word, index) => (hash[index] = (hash[index]! + word) | 0));
  }

  const digest = new Uint8Array(32);
  const digestView = new DataView(digest.buffer);
  hash.forEach((word, index) => digestView.setUint32(index * 4, word >>> 0));
  return digest;
}

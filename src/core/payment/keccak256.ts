/**
 * Keccak-256 (the original Keccak submission Ethereum uses, not the final SHA3-256 padding), enough
 * for EIP-55 address checksums: a small synchronous one-shot version instead of a general hashing
 * library, tested against @noble/hashes on random inputs (test/core/payment/keccak256.test.ts).
 * A 64-bit lane is two 32-bit words, low then high: BigInt lanes would be several times slower.
 */

const RATE_BYTES = 136; // 1600-bit state minus twice the 256-bit output
const ROUNDS = 24;

// The step constants of Keccak-f[1600] (FIPS 202 §3.2), computed rather than listed: the lane
// order of the ρ/π walk, its rotation offsets, and the ι round constants from the rc LFSR.
const PI_LANES: number[] = [];
const RHO_OFFSETS: number[] = [];
const IOTA_CONSTANTS: Array<[low: number, high: number]> = [];
for (let round = 0, x = 1, y = 0, lfsr = 1; round < ROUNDS; round += 1) {
  [x, y] = [y, (2 * x + 3 * y) % 5];
  PI_LANES.push(x + 5 * y);
  RHO_OFFSETS.push((((round + 1) * (round + 2)) / 2) % 64);
  const constant: [number, number] = [0, 0];
  for (let bit = 0; bit < 7; bit += 1) {
    lfsr = ((lfsr << 1) ^ ((lfsr >> 7) * 0x71)) % 256;
    const position = (1 << bit) - 1;
    if (lfsr & 2) constant[position >> 5]! ^= 1 << (position & 31);
  }
  IOTA_CONSTANTS.push(constant);
}

/** Rotates the 64-bit lane (low, high) left by `bits` and writes it to `state` at `lane`. */
function setRotated(state: Int32Array, lane: number, low: number, high: number, bits: number): void {
  if (bits >= 32) [low, high, bits] = [high, low, bits - 32];
  state[2 * lane] = bits === 0 ? low : (low << bits) | (high >>> (32 - bits));
  state[2 * lane + 1] = bits === 0 ? high : (high << bits) | (low >>> (32 - bits));
}

function keccakF(state: Int32Array): void {
  const parity = new Int32Array(10);
  const row = new Int32Array(10);
  for (let round = 0; round < ROUNDS; round += 1) {
    // θ: each lane takes the parity of two neighbouring columns.
    for (let word = 0; word < 10; word += 1) {
      parity[word] = state[word]! ^ state[word + 10]! ^ state[word + 20]! ^ state[word + 30]! ^ state[word + 40]!;
    }
    for (let x = 0; x < 5; x += 1) {
      const left = (x + 4) % 5;
      const right = (x + 1) % 5;
      // parity[left] ^ rotl(parity[right], 1)
      const low = parity[2 * left]! ^ ((parity[2 * right]! << 1) | (parity[2 * right + 1]! >>> 31));
      const high = parity[2 * left + 1]! ^ ((parity[2 * right + 1]! << 1) | (parity[2 * right]! >>> 31));
      for (let lane = x; lane < 25; lane += 5) {
        state[2 * lane]! ^= low;
        state[2 * lane + 1]! ^= high;
      }
    }
    // ρ and π: rotate each lane and move it along the π walk.
    let low = state[2]!;
    let high = state[3]!;
    for (let step = 0; step < ROUNDS; step += 1) {
      const lane = PI_LANES[step]!;
      const [nextLow, nextHigh] = [state[2 * lane]!, state[2 * lane + 1]!];
      setRotated(state, lane, low, high, RHO_OFFSETS[step]!);
      [low, high] = [nextLow, nextHigh];
    }
    // χ: the only non-linear step, row by row.
    for (let start = 0; start < 50; start += 10) {
      row.set(state.subarray(start, start + 10));
      for (let word = 0; word < 10; word += 1) {
        state[start + word] = row[word]! ^ (~row[(word + 2) % 10]! & row[(word + 4) % 10]!);
      }
    }
    // ι
    state[0]! ^= IOTA_CONSTANTS[round]![0];
    state[1]! ^= IOTA_CONSTANTS[round]![1];
  }
}

/** The 32-byte Keccak-256 digest of `message`. */
export function keccak256(message: Uint8Array): Uint8Array {
  // Keccak padding (pad10*1 with the 0x01 domain byte): 0x01, zeros, then 0x80 in the last byte.
  const padded = new Uint8Array(Math.floor(message.length / RATE_BYTES + 1) * RATE_BYTES);
  padded.set(message);
  padded[message.length] = 0x01;
  padded[padded.length - 1]! |= 0x80;

  const state = new Int32Array(50);
  const view = new DataView(padded.buffer);
  for (let offset = 0; offset < padded.length; offset += RATE_BYTES) {
    for (let word = 0; word < RATE_BYTES / 4; word += 1) state[word]! ^= view.getInt32(offset + word * 4, true);
    keccakF(state);
  }

  const digest = new Uint8Array(32);
  const digestView = new DataView(digest.buffer);
  for (let word = 0; word < 8; word += 1) digestView.setInt32(word * 4, state[word]!, true);
  return digest;
}

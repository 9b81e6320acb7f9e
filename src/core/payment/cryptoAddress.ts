import { keccak256 } from './keccak256.js';
import { sha256 } from './sha256.js';
import { execAll } from '../intent/execAll.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function decodeBase58(text: string): Uint8Array | undefined {
  const bytes: number[] = [0];
  for (const char of text) {
    let carry = BASE58.indexOf(char);
    if (carry < 0) return undefined;
    for (let index = 0; index < bytes.length; index += 1) {
      carry += bytes[index]! * 58;
      bytes[index] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (const char of text) {
    if (char !== '1') break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

/** Base58Check: 25 bytes whose last 4 are the double-SHA-256 checksum of the rest. */
function passesBase58Check(text: string, version: (first: number) => boolean): boolean {
  const bytes = decodeBase58(text);
  if (!bytes || bytes.length !== 25 || !version(bytes[0]!)) return false;
  const checksum = sha256(sha256(bytes.subarray(0, 21)));
  return checksum.subarray(0, 4).every((byte, index) => byte === bytes[21 + index]);
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bech32Polymod(values: readonly number[]): number {
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let bit = 0; bit < 5; bit += 1) if ((top >>> bit) & 1) checksum ^= generators[bit]!;
  }
  return checksum >>> 0;
}

/** Segwit addresses: bech32 (v0) or bech32m (v1+) checksum over the human-readable part and data. */
function passesBech32(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower !== address && address.toUpperCase() !== address) return false;
  const separator = lower.lastIndexOf('1');
  const prefix = lower.slice(0, separator);
  const data = [...lower.slice(separator + 1)].map((char) => BECH32_CHARSET.indexOf(char));
  if (data.some((value) => value < 0) || data.length < 7) return false;
  const expanded = [...prefix].map((char) => char.charCodeAt(0) >> 5);
  expanded.push(0, ...[...prefix].map((char) => char.charCodeAt(0) & 31));
  const residue = bech32Polymod([...expanded, ...data]);
  const version = data[0]!;
  return version === 0 ? residue === 1 : residue === 0x2bc830a3;
}

/** EIP-55: in a mixed-case address each letter's case follows the Keccak-256 hash of the lower-case hex. */
function passesEip55(address: string): boolean {
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const hash = keccak256(new TextEncoder().encode(hex.toLowerCase()));
  for (let index = 0; index < 40; index += 1) {
    const char = hex[index]!;
    if (!/[a-f]/i.test(char)) continue;
    const nibble = (hash[index >> 1]! >> (index % 2 === 0 ? 4 : 0)) & 0xf;
    if ((nibble >= 8) !== (char === char.toUpperCase())) return false;
  }
  return true;
}

export type CryptoNetwork = 'bitcoin' | 'ethereum' | 'usdt-trc20';

/** Which network a validated address belongs to, or undefined when the checksum fails. */
export function identifyCryptoAddress(candidate: string): CryptoNetwork | undefined {
  if (/^0x[0-9a-f]{40}$/i.test(candidate)) return passesEip55(candidate) ? 'ethereum' : undefined;
  if (/^(?:bc|tb)1/i.test(candidate)) return passesBech32(candidate) ? 'bitcoin' : undefined;
  // Tron addresses (USDT-TRC20) are Base58Check with version byte 0x41.
  if (candidate.startsWith('T')) return passesBase58Check(candidate, (first) => first === 0x41) ? 'usdt-trc20' : undefined;
  // Bitcoin P2PKH (version 0x00) and P2SH (0x05).
  return passesBase58Check(candidate, (first) => first === 0x00 || first === 0x05) ? 'bitcoin' : undefined;
}

/** A validated crypto address found in a text. */
export interface CryptoAddressSpan {
  from: number;
  to: number;
  address: string;
  network: CryptoNetwork;
  /** False for an all-lower- or all-upper-case Ethereum address: it carries no checksum to verify. */
  checksummed: boolean;
}

// Candidates by shape; each is then decoded and its checksum verified. Lengths are bounded.
const CANDIDATE =
  /(?<![\p{L}\d])(?:0x[0-9a-fA-F]{40}|(?:bc|tb)1[02-9ac-hj-np-z]{8,87}|(?:BC|TB)1[02-9AC-HJ-NP-Z]{8,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})(?![\p{L}\d])/gu;

/** Bitcoin (base58check P2PKH/P2SH, bech32/bech32m segwit), Ethereum and Tron (USDT-TRC20) addresses in `text`. */
export function findCryptoAddresses(text: string): CryptoAddressSpan[] {
  const spans: CryptoAddressSpan[] = [];
  for (const found of execAll(CANDIDATE, text)) {
    const network = identifyCryptoAddress(found[0]);
    if (!network) continue;
    const hex = found[0].slice(2);
    const checksummed = network !== 'ethereum' || (hex !== hex.toLowerCase() && hex !== hex.toUpperCase());
    spans.push({ from: found.index, to: found.index + found[0].length, address: found[0], network, checksummed });
  }
  return spans;
}

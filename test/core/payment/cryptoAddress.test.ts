// @vitest-environment node
import { findCryptoAddresses, identifyCryptoAddress } from '../../../src/core/payment/cryptoAddress';

describe('identifyCryptoAddress', () => {
  it.each([
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'bitcoin'], // P2PKH, base58check
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bitcoin'], // P2SH
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bitcoin'], // segwit v0, bech32
    ['BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ', 'bitcoin'], // bech32 may be all upper-case
    ['bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'bitcoin'], // taproot, bech32m
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'ethereum'], // EIP-55
    ['0xde709f2102306220921060314715629080e2fb77', 'ethereum'], // lower-case: no checksum to check
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'usdt-trc20'], // Tron base58check, version 0x41
  ])('%s is a %s address', (address, network) => {
    expect(identifyCryptoAddress(address)).toBe(network);
  });

  it.each([
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', 'base58check fails'],
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2', 'one character too many'],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr', 'bech32 checksum fails'],
    ['bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'mixed case bech32'],
    ['0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'EIP-55 checksum fails'],
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u', 'Tron checksum fails'],
  ])('rejects %s (%s)', (address) => {
    expect(identifyCryptoAddress(address)).toBeUndefined();
  });
});

describe('findCryptoAddresses', () => {
  it('finds addresses in text and says whether a checksum vouched for them', () => {
    const text = 'btc 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 or eth 0xde709f2102306220921060314715629080e2fb77.';
    expect(findCryptoAddresses(text).map((span) => [text.slice(span.from, span.to), span.network, span.checksummed])).toEqual([
      ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'bitcoin', true],
      ['0xde709f2102306220921060314715629080e2fb77', 'ethereum', false],
    ]);
  });

  it('ignores hashes and addresses glued to other characters', () => {
    expect(findCryptoAddresses('8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189')).toEqual([]);
    expect(findCryptoAddresses('x1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toEqual([]);
    expect(findCryptoAddresses('0xde709f2102306220921060314715629080e2fb77aa')).toEqual([]);
  });
});

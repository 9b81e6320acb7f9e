import fc from 'fast-check';

type Hash = (message: Uint8Array) => Uint8Array;

export const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
export const ascii = (text: string) => new TextEncoder().encode(text);

/**
 * The tests every hand-written hash gets against its reference implementation: every message
 * length up to `longest` (which must cross the block boundaries: padding changes there), then
 * random messages.
 */
export function itAgreesWithReference(hash: Hash, reference: Hash, { longest, name }: { longest: number; name: string }): void {
  it(`agrees with ${name} on every length up to ${longest} bytes (across the block boundaries)`, () => {
    for (let length = 0; length <= longest; length += 1) {
      const message = Uint8Array.from({ length }, (_, index) => (index * 131 + length) & 0xff);
      expect(hex(hash(message)), `length ${length}`).toBe(hex(reference(message)));
    }
  });

  it(`agrees with ${name} on random messages`, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: longest + 100 }), (message) => hex(hash(message)) === hex(reference(message))));
  });
}

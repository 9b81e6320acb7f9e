/** Luhn mod-10 check used by every card network. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Card numbers are 13–19 digits and start with a network's prefix (1 UATP with 15 digits, 2/5 Mastercard, 3 Amex/Diners/JCB, 4 Visa, 5/6 Maestro/Discover/UnionPay). */
export function isCardNumber(digits: string): boolean {
  const knownPrefix = /^[2-6]/.test(digits) || (digits.startsWith('1') && digits.length === 15);
  return digits.length >= 13 && digits.length <= 19 && knownPrefix && passesLuhn(digits);
}

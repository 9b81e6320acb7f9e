/**
 * Mobile numbers as people type them at home, with no "+", no trunk "0" and no country hint, in
 * the markets of the covered languages. Numbers with a trunk "0" (most of Europe, Africa and Asia)
 * are told by that "0" (see phoneRecognizer's judgeShape); these are the markets whose mobile
 * numbers start with another digit. Plain digits in, one anchored pattern per market.
 */
const BARE_MOBILE_SHAPES: readonly RegExp[] = [
  // US and Canada (NANP): area code and exchange start 2–9.
  /^[2-9]\d\d[2-9]\d{6}$/,
  // India: 10 digits from 6–9.
  /^[6-9]\d{9}$/,
  // China: 11 digits, 13x–19x.
  /^1[3-9]\d{9}$/,
  // Brazil: area code and a mobile 9 ("11 98765-4321").
  /^[1-9][1-9]9\d{8}$/,
  // Russia and Kazakhstan: 9xx, with or without the trunk 8.
  /^8?9\d{9}$/,
  // Mexico: 10 digits, area code first.
  /^[2-9]\d{9}$/,
  // Italy: mobiles start with 3.
  /^3\d{9}$/,
  // Spain: 6xx and 7xx.
  /^[67]\d{8}$/,
  // Poland: 9-digit mobiles (45, 50–53, 57, 60, 66, 69, 72–73, 78–79, 88).
  /^(?:45|5[0-37]|6[069]|7[2389]|88)\d{7}$/,
  // The same mobiles with their country code and no "+" ("8801712345678", "919876543210").
  /^8801[3-9]\d{8}$/, // Bangladesh
  /^91[6-9]\d{9}$/, // India
  /^628\d{8,11}$/, // Indonesia
  /^84[35789]\d{8}$/, // Vietnam
  /^639\d{9}$/, // Philippines
  /^923\d{9}$/, // Pakistan
  /^55[1-9]{2}9\d{8}$/, // Brazil
  /^521?\d{10}$/, // Mexico
  /^905\d{9}$/, // Turkey
  /^201[0125]\d{8}$/, // Egypt
  /^9665\d{8}$/, // Saudi Arabia
  /^9715\d{8}$/, // United Arab Emirates
  /^79\d{9}$/, // Russia
  /^861[3-9]\d{9}$/, // China
  /^81[789]0\d{8}$/, // Japan
  /^48[4-8]\d{8}$/, // Poland
  /^34[67]\d{8}$/, // Spain
  /^393\d{9}$/, // Italy
  /^33[67]\d{8}$/, // France
  /^491[5-7]\d{8,9}$/, // Germany
  /^447\d{9}$/, // United Kingdom
];

/** The digits (a run without separators) are a mobile number of one of the covered markets, with or without its country code. */
export function isBareNationalMobile(digits: string): boolean {
  return BARE_MOBILE_SHAPES.some((shape) => shape.test(digits));
}

/**
 * Brazil's mobiles are typed with their leading 9 apart: "81 9 9345 2210", "11 9 8765-4321"
 * (area code, 9, two groups of four). The lone digit is no list of single digits.
 */
export function isNinthDigitGrouping(groups: readonly number[], digits: string): boolean {
  return groups.length === 4 && groups[0] === 2 && groups[1] === 1 && groups[2] === 4 && groups[3] === 4 && digits[2] === '9';
}

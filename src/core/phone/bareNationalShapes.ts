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
];

/** The digits (a run without separators) are a mobile number of one of the covered markets. */
export function isBareNationalMobile(digits: string): boolean {
  return BARE_MOBILE_SHAPES.some((shape) => shape.test(digits));
}

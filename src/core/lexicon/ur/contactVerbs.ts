/** Urdu contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['بات', 'کرتے', 'کریں', 'کرو', 'انٹرویو', 'میسج', 'چیٹ', 'ایڈ', 'رابطہ'],
  ask: ['دے', 'دیں', 'دو', 'دیجیے', 'بھیجیں', 'بھیجو', 'بتائیں', 'مل'],
  call: ['کال', 'فون'],
  search: ['سرچ', 'تلاش', 'ڈھونڈ*'],
  have: ['ہے', 'ہیں', 'سکتا', 'سکتے'],
  question: ['کیا'],
  why: ['کیوں'],
  negation: ['نہیں', 'مت', 'نہ'],
};

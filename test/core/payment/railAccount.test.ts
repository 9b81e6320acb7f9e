// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

// A bank or wallet named with an account word, with money sent or put into it, is the receiving account.
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('a bank account named as the receiving account', () => {
  it.each([
    ['just wire the deposit to my Chase acct', 'Chase'],
    ['put the deposit in my Capital One account', 'Capital One'],
    ['bas mere SBI account me daal do bhai', 'SBI'],
    ['मेरे एसबीआई अकाउंट में डाल दो, काम शुरू कर दूंगा', 'एसबीआई'],
    ['میرے میزان بینک اکاؤنٹ میں ڈال دیں، کام شروع کر دوں گا', 'میزان بینک'],
    ['ideposit mo na lang sa BDO ko yung downpayment', 'BDO'],
  ])('%j', (text, bank) => {
    expect(payments(text).map((match) => match.text).join(' ')).toContain(bank);
  });

  it.each([
    'my Chase account got locked again, annoying',
    'mera SBI account band ho gaya hai',
    'I worked at Capital One for three years before freelancing',
  ])('leaves an account only talked about alone: %j', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it('"زي ما تحب" is "as you like", not a negation of the wallets before it', () => {
    expect(payments('حولها على STC Pay أو انستاباي زي ما تحب')).not.toEqual([]);
  });
});

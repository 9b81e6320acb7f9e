// @vitest-environment node
import { findBankAccounts } from '../../../src/core/payment/bankAccounts';

const accounts = (text: string) => findBankAccounts(text).map((span) => [text.slice(span.from, span.to), span.value]);

describe('findBankAccounts', () => {
  it.each([
    ['account number: 123456789', [['account number: 123456789', '123456789']]],
    ['acct # 0012-3456-78', [['acct # 0012-3456-78', '0012345678']]],
    ['routing 021000021', [['routing 021000021', '021000021']]],
    ['sort code 12-34-56', [['sort code 12-34-56', '123456']]],
    ['CLABE 032180000118359719', [['CLABE 032180000118359719', '032180000118359719']]],
    ['cuenta bancaria: 1234567890', [['cuenta bancaria: 1234567890', '1234567890']]],
    ['rekening BCA 1234567890 a.n. Budi', [['rekening BCA 1234567890', '1234567890']]],
    ['no rek 1234567890', [['no rek 1234567890', '1234567890']]],
    ['SWIFT code: DEUTDEFF500', [['SWIFT code: DEUTDEFF500', 'DEUTDEFF500']]],
    ['bic COBADEFFXXX', [['bic COBADEFFXXX', 'COBADEFFXXX']]],
  ])('finds %j', (text, expected) => {
    expect(accounts(text)).toEqual(expected);
  });

  it.each([
    ['my account 12345678 was suspended', 'no account-number label'],
    ['account ID 12345678', 'a platform ID'],
    ['conta de usuário 998877', 'a user account'],
    ['account number: 1234', 'too short for an account'],
    ['swift developer', 'skills talk'],
    ['I had 123456789 views', 'no label'],
  ])('ignores %j (%s)', (text) => {
    expect(accounts(text)).toEqual([]);
  });
});

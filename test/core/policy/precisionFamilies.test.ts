// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';
import type { ContractState } from '../../../src/core/policy/policyTypes';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const kinds = (text: string) => detector.detect(text).map((match) => match.kind);

describe('honest messages stay clean', () => {
  it.each([
    // a refusal with a question tag after it
    'não precisa me mandar Pix não, o pagamento é só pelo site mesmo, tá?',
    // one's own business, read from the place and from people as payers
    'In meinem Café zahlen die Leute meist mit Karte oder PayPal, das Kassensystem soll das können',
    'no meu salão o pessoal paga no pix ou cartão, normal',
    // a mention of where one saw the other's work
    'फेसबुक पर आपका विज्ञापन देखा, साइकिल का साइज़ 26.5 इंच है?',
    '我朋友在抖音刷到你的视频，推荐我来这里找你',
    // a search for a person to hire
    'je cherche quelqu\'un pour gérer ma page Facebook et mon compte TikTok',
    'cari admin buat kelola Instagram dan TikTok toko kami',
    // a negated look-up
    'Bei Insta findest du mich nicht, ich poste da fast nichts',
    // a serial number after its model code, tax IDs, Russian invoices
    'o número de série da geladeira é BRM44HB 0231187654, tá na etiqueta atrás',
    'счёт на оплату № 2026-118, ИНН 7701234567',
    'fatura no 2026-000118, vergi no 1234567890',
    // a Tagalog prefixed word after a platform name
    'mas maganda ang instagram kaysa facebook pang-benta',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('the same mechanisms keep what they must find', () => {
  it('still reads a handle after "findest du mich als"', () => {
    expect(kinds('Bei Insta findest du mich als lena.feldt')).toContain('social');
  });
  it('still refuses nothing in a real question with a negation', () => {
    expect(kinds("can't we settle it between us?")).toContain('payment');
  });
  it('still reads a rail and a Turkish card word together', () => {
    expect(kinds('başlamadan önce yarısını ininal karta yatır')).toContain('payment');
  });
});

describe('people with a contract are not blocked for an honest number', () => {
  it.each<[string, ContractState]>([
    ["iş bitti, garanti için beni 0532 418 27 64'ten arayabilirsin", 'ended'],
    ['আসার আগে মিসকল দিয়েন 01715400912', 'active'],
  ])('%s (%s)', (text, contractState) => {
    expect(checkMessage(text, { contractState, detector }).decision).toBe('allow');
  });
});

// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';
import type { ContractState } from '../../../src/core/policy/policyTypes';

// The label readings of the payment cues (job, in person, pay code): words that are nothing on
// their own and change how a neighbouring cue is read.
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('payment label readings', () => {
  describe('a "which bank" question about a job is small talk', () => {
    it.each([
      'what bank do you work at? my cousin just got a job there',
      'en qué banco trabajas?',
      'в каком банке ты работаешь?',
      'hangi bankada çalışıyorsun?',
      'bạn làm ở ngân hàng nào vậy?',
      '你在哪家银行上班啊？',
    ])('%j', (text) => {
      expect(payments(text)).toEqual([]);
    });

    it.each(['what bank are you with?', 'en qué banco te hago la transferencia?', 'w jakim banku masz konto?'])('still asks for payment details in %j', (text) => {
      expect(payments(text)).not.toEqual([]);
    });

    it('a paying word keeps the ask, job word or not', () => {
      expect(payments('what bank do you work with, so I can wire the deposit?')).not.toEqual([]);
    });
  });

  describe('money handed over in person is cash', () => {
    it.each([
      ['customer wants to pay the delivery fee in person', 'in person'],
      ['phần còn lại mình đưa tận tay khi gặp', 'tận tay'],
      ['剩下的钱见面给你', '见面'],
      ['il resto me lo dai a mano quando passo', 'a mano'],
    ])('%j', (text, meeting) => {
      const found = payments(text);
      expect(found).toHaveLength(1);
      expect(found[0]!.text).toContain(meeting);
    });

    it.each([
      'can we meet in person to look at the flat?',
      'ci vediamo di persona sabato per il sopralluogo',
      "I'll pay the rest in the app when we meet",
      'el resto del equipo te verá en persona',
      "I'll bring the rest of the furniture on delivery",
    ])('leaves %j alone (no money, or the platform named)', (text) => {
      expect(payments(text)).toEqual([]);
    });

    it('blocks it in a pending contract', () => {
      const verdict = checkMessage('the rest in person when we meet', { contractState: 'pending' as ContractState, detector });
      expect(verdict.decision).toBe('block');
    });
  });

  describe('a code to scan, asked for in a sentence that pays, asks for payment details', () => {
    it.each(['can u send me a QR so i can pay the deposit', 'apna QR bhej do advance scan kar deta hu', 'gửi mình mã QR ngân hàng để chuyển cọc nhé'])('%j', (text) => {
      expect(payments(text)).not.toEqual([]);
    });

    it.each(['send me the QR code for the flyer and I will print it', 'the QR on the menu links to your site'])('leaves %j alone (no paying word)', (text) => {
      expect(payments(text)).toEqual([]);
    });
  });
});

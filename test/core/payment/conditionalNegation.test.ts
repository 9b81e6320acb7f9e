// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

// A negation inside a condition ("if you don't have cash, …") says when an offer holds: it refuses nothing.
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('a negation inside a condition', () => {
  it.each([
    ['se não tiver dinheiro eu aceito cartão Google Play', 'Google Play'],
    ['si no tienes efectivo acepto Paysafecard', 'Paysafecard'],
    ['se non hai contanti prendo anche buoni Amazon', 'buoni Amazon'],
    ['إذا ما عندك كاش أقبل بطاقة ستيم', 'بطاقة ستيم'],
    ['paisa nahi hai to steam wallet code bhi chalega', 'steam wallet'],
    ['कैश नहीं है तो गिफ्ट कार्ड भी चलेगा', 'गिफ्ट कार्ड'],
    ['ক্যাশ না থাকলে গিফট কার্ড দিলেও হবে', 'গিফট কার্ড'],
    ['کیش نہیں ہے تو گفٹ کارڈ بھی چلے گا', 'گفٹ کارڈ'],
  ])('offers a way to pay: %j', (text, way) => {
    expect(payments(text).map((match) => match.text).join(' ')).toContain(way);
  });

  it.each([
    "please don't send me a gift card, pay through the site",
    'não me manda cartão Google Play, paga pelo app',
    'gift card mat bhejo, app se pay karo',
    "don't send the money to my PayPal",
  ])('leaves a refusal a refusal: %j', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it('needs a way to pay in the condition: "if you don\'t mind" is politeness', () => {
    const text = 'إذا ما عندك مانع نكمل برا التطبيق';
    expect(detector.detect(text).map((match) => match.kind)).not.toContain('payment');
  });
});

// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ kinds: ['intent'] });
const intents = (text: string) => detector.detect(text).map((match) => match.text);

describe('invitations read from the shape of a clause', () => {
  it.each([
    // a standing offer to be reached, with a call or a verb addressed to the writer
    ['jak coś to dzwoń, jestem cały dzień na budowie', 'jak coś to dzwoń'],
    ['если что звони, я на связи', 'если что звони'],
    ['cualquier cosa me marcas, estoy en la obra', 'cualquier cosa me marcas'],
    // a contact verb addressed to the writer, with a channel
    ['per qualsiasi cosa scrivimi una mail, la guardo prima', 'scrivimi una mail'],
    // the pronoun glued on, or a few words away
    ['llámame', 'llámame'],
    ['tawagan mo lang ako pag may problema', 'tawagan'],
    // the writer's own detail offered, or pointed to
    ['te paso mi número', 'te paso mi número'],
    ["I'll give you my number, easier by voice", 'give you my number'],
    ['my whatsapp is in my bio', 'whatsapp is in my bio'],
    // the rest put on an app a few words on, without a proposal
    ['le reste on voit sur whatsap, je réponds plus vite', 'le reste on voit sur whatsap'],
    // a turn ends a negation's reach
    ["I can't talk now but call me tomorrow", 'call me'],
    // an app's name used as the verb (one typo away too)
    ['whatsap me', 'whatsap'],
    ['wa aku aja kak', 'wa'],
  ])('%j → %j', (text, span) => {
    expect(intents(text)).toEqual([span]);
  });

  it.each([
    // a delivery's or a visit's call
    "call me when you're downstairs, the gate code is in the order notes",
    'llámame cuando estés en la puerta, el timbre no sirve',
    'zadzwoń jak będziesz pod klatką, domofon nie działa',
    '到楼下给我打电话，门铃坏了',
    '下に着いたら電話してください',
    // an offer of the item, not a detail; a verb that only ends like a glued pronoun
    '1.100 e te dou a capinha',
    'llame al técnico mañana',
    // someone else's profile, seen
    'আপনার লিংকডইন প্রোফাইলে আগের কাজ দেখলাম, ভালো লাগলো',
    // the word after "have": reception, a TV
    'do you have signal?',
    '¿tienes tele?',
    // on the platform
    'message me here whenever',
    // the app as the subject: "it freezes on me"
    'WhatsApp mi się zawiesza od aktualizacji',
  ])('leaves %j alone', (text) => {
    expect(intents(text)).toEqual([]);
  });

  it('keeps asking for the number an invitation in a sentence about arriving', () => {
    expect(intents('podeślij numer, zadzwonię jak będę pod blokiem')).toEqual(['podeślij numer']);
  });

  it('reads the names of an integrator’s platforms in the clause readings', () => {
    const custom = createDetector({ kinds: ['intent'], platforms: [{ id: 'orbit', names: ['orbit chat'] }] });
    expect(custom.detect('lets continue on orbit  chat')[0]).toMatchObject({ platform: 'orbit', text: 'lets continue on orbit  chat' });
    expect(detector.detect('lets continue on orbit chat')).toEqual([]);
  });
});

// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { findChannelTerms } from '../../../src/core/intent/channelTerms';

const detector = createDetector();
const intents = (text: string) => detector.detect(text).filter((match) => match.kind === 'intent');
const slots = (text: string) => findChannelTerms(text.toLowerCase()).map((hit) => `${hit.slot}:${text.slice(hit.from, hit.to)}`);

describe('an app named by what it is not, or by its colour', () => {
  it.each([
    ['we continuing on the green app? my client chats are all there', 'green app'],
    ['przejdźmy na inną apkę, łatwiej będzie', 'inną apkę'],
    ['akşam yeşil uygulamadan yazarım', 'yeşil uygulamadan'],
    ['ti scrivo sull\'app verde stasera', "sull'app verde"],
    ['nanti malem aku chat di aplikasi ijo ya', 'aplikasi ijo'],
    ['raat ko hare wale app pe baat karte hai', 'hare wale app pe'],
    ['夜に緑のアプリで連絡しますね', '緑のアプリ'],
    ['mejor seguimos por el verde 🟢 que aquí tarda', 'verde 🟢'],
  ])('reads %j as a place elsewhere and the message as an invitation', (text, place) => {
    expect(slots(text)).toContain(`elsewhere:${place}`);
    expect(intents(text)).toHaveLength(1);
  });

  it.each([
    'the green sofa is still available',
    'I am building another app for a client, the design is green',
    'die grüne Jacke ist noch da',
    'la app verde del banco no abre, pago en la plataforma',
  ])('leaves %j alone', (text) => {
    expect(intents(text)).toEqual([]);
  });

  it('keeps "the app" as the platform without a colour or "other"', () => {
    expect(slots('raat ko app pe baat karte hai')).toContain('here:app pe');
  });
});

describe('app emoji', () => {
  it.each([
    ["je t'écris sur ✈️ ce soir pour les clés", 'telegram'],
    ['dm me on 📷 later, same name as here', 'instagram'],
  ])('reads the emoji after a cue in %j as the app', (text, platform) => {
    expect(intents(text)).toEqual([expect.objectContaining({ platform })]);
  });

  it.each(['pics 📷 attached, lmk what you think', '📸 photo_2023.jpg is the one', 'thanks so much 💚'])('leaves %j alone', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
});

describe('words bent around a contact verb', () => {
  it.each(['i-chat mo ko sa messenger', "sentiamoci sull'insta", 'ٹیلی گرام پہ آجائیں', 'दूसरे ऐप पर चलते हैं'])('reads %j as an invitation', (text) => {
    expect(intents(text)).toHaveLength(1);
  });

  it('does not read a Tagalog past tense as a proposal', () => {
    expect(detector.detect('nakita ko gawa mo sa fb kaya dito na ako nag-message')).toEqual([]);
  });
});

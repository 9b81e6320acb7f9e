// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const social = (text: string) => detector.detect(text).filter((match) => match.kind === 'social');

describe('handles next to a nickname, however the detail is given', () => {
  it.each([
    ['riya_art (insta) for the portfolio', 'riya_art'],
    ['ana.k_design @ ig', 'ana.k_design'],
    ['kasia-99 na insta', 'kasia-99'],
    ['add me kev_rooms on tele', 'kev_rooms'],
    ["i'm riya_art on insta", 'riya_art'],
    ['soy riya_art en insta', 'riya_art'],
    ['tele? kev_rooms_nyc', 'kev_rooms_nyc'],
    ['টেলিতে আমি mistri_kamal', 'mistri_kamal'],
    ['я в инсте katya_k', 'katya_k'],
    ['テレグラはsuidou_sato', 'suidou_sato'],
  ])('finds the handle in %j', (text, value) => {
    expect(social(text)).toEqual(expect.arrayContaining([expect.objectContaining({ value })]));
  });

  it.each([
    'i saw ana_k on insta, she recommended you',
    'I learned next.js on youtube',
    'call jo_b on line 2',
    'do you have line? my_shop.jp is on the box',
    '📸 photo_2023.jpg',
    'ajoute-moi sur Telegram',
  ])('leaves %j without a handle', (text) => {
    expect(social(text)).toEqual([]);
  });
});

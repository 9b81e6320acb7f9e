// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const kinds = (text: string) => detector.detect(text).map((match) => match.kind);

describe('social: an account given as "the same name as here"', () => {
  it.each([
    "mon snap c'est mon pseudo d'ici avec un 13 derrière",
    'instam buradakiyle aynı, sonuna _tasarim ekle',
    'V信号和这里用户名一样，后面加个88',
    'fb mình giống tên ở đây, thêm .vn ở cuối',
    'انسٹا پر نام وہی ہے جو یہاں ہے، آخر میں 786',
    'd i s c o r d, ten sam nick co tu',
    'telegram, buradaki isimle aynı',
    'تابعني على انستا، نفس الاسم اللي هنا',
    'ラ イ ン、ここと同じ名前で検索して',
  ])('%j is a social account', (text) => {
    expect(kinds(text)).toContain('social');
  });

  it.each([
    'I saw your work on instagram, same style as here',
    'my instagram is private, same as here',
    'dm me on 📷 later, same name as here',
    'przyjdź tu, to samo miejsce co wczoraj',
    'bu isim burada aynı değil mi',
  ])('%j gives no account', (text) => {
    expect(kinds(text)).not.toContain('social');
  });
});

// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('fee avoidance that names neither money nor the fee (feeAvoidanceDeal)', () => {
  it.each([
    // a way out of the platform and doing the deal in the same clause
    "knock off 15 quid if we settle it off the books?",
    'kolejne zlecenia zróbmy już bez aplikacji, ok?',
    'bớt 50k nếu giao dịch ngoài sàn',
    'je vous fais -10€ si on conclut hors site',
    'サイトを通さずに個人間でやりませんか',
    'aramızda halledelim, site boşuna para almasın',
    // a way out and a price cut with an amount
    'opuszczę 20 zł jak załatwimy to poza serwisem',
    'انزل لك ٥٠ ريال اذا خلصنا برا المنصة',
    // two ways out
    'kita atur berdua aja ya, ga usah lewat situs',
    // the platform's share, even refused
    'tayo-tayo na lang, di na kailangan bigyan ng parte yung app',
    'hagámoslo en negro y no le damos nada a la plataforma',
    '咱俩之间的事，没必要让平台抽成',
  ])('%j is a payment request', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it.each([
    // confiding, not dealing: the deal word is in another clause
    'between us, the job was harder than expected',
    'Entre nosotros, el trabajo quedó genial',
    'ここだけの話、この取引は大変でした',
    // bare "outside", "directly" are places and times
    "I'll wait outside, 5 min",
    'direkt nach der Arbeit machen wir das, 20 Minuten',
    // a colour, not the black market
    'la tengo en negro, te lo dejo en 40',
    // refusals: the negation comes before the way out
    'Hindi ako tumatanggap ng bayad sa labas ng platform',
    'no lo hacemos en negro, todo por la plataforma',
    // talk about the rule itself
    '私下交易是违规的，平台会封号',
    'deals off the books get you banned here',
    // a short take word of another language does not name the platform ("come" is Portuguese "eats")
    'come posso contattarti fuori dal sito?',
  ])('%j is not', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it('keeps a paying stem that a deal word lengthens ("рассчитаемся" after "рассчита~")', () => {
    expect(payments('зачем отдавать сайту процент, давай напрямую рассчитаемся')).not.toEqual([]);
  });

  it('blocks the request in every contract state', () => {
    for (const contractState of ['none', 'pending', 'active', 'ended'] as const) {
      expect(checkMessage('per le prossime volte facciamo senza l\'app dai, chiudiamo fuori dalla piattaforma', { contractState, detector }).decision).toBe('block');
    }
  });
});

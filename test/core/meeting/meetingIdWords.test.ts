// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const kinds = (text: string) => detector.detect(text).map((match) => [match.kind, match.value]);

describe('meeting: IDs after an app or a label, in every language, never a phone', () => {
  it.each([
    ['زووم آيدي 84522103387', '84522103387'],
    ['wejdź na zooma 81233045567 hasło qwe', '81233045567'],
    ['Tencent会议 856-223-901', '856223901'],
    ['VooV meeting 856 223 901', '856223901'],
    ['DingTalk 会议 123456789', '123456789'],
    ['yung zoom id ko 81233045567 tas passcode 5566', '81233045567'],
  ])('%j is meeting %s', (text, id) => {
    expect(kinds(text)).toEqual([['meeting', id]]);
  });
});

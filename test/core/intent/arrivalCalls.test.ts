// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const kinds = (text: string) => detector.detect(text).map((match) => match.kind);

describe('calls about arriving and calls in the app are not invitations', () => {
  it.each([
    'llamame cuando estés en el portón, el código es 4471, depto 12 en el 3er piso',
    "appelle-moi quand tu es au portail, le code c'est 4471, appart 12 au 3e",
    '到大门口给我打电话，门禁码4471，12号房三楼',
    'sip, kalau perlu video call di aplikasi aja',
    '好的，有问题就在App里视频通话',
  ])('leaves %j alone', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each(['llamame al WhatsApp cuando estés en el portón', 'video call di aplikasi lain aja', '去别的app里视频通话吧'])('still reads %j as an invitation', (text) => {
    expect(kinds(text)).toContain('intent');
  });
});

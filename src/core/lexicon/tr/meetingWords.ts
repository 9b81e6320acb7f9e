import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'toplantı|toplanti|ders|görüşme|konferans|görüntülü arama',
  id: 'toplantı kimliği|toplanti kimligi|kimlik|kimliği',
  passcode: 'erişim kodu|giriş kodu|parola|şifre|sifre|kod'
};

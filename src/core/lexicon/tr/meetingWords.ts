import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'toplantı|toplanti|ders|görüşme|konferans|görüntülü arama',
  id: 'toplantı kimliği|toplanti kimligi|kimlik|kimliği',
  passcode: 'parola|şifre|sifre|kod'
};

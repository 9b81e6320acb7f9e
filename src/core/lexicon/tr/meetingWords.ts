import type { MeetingWords } from '../meetingWords.js';

export const meetingWords: MeetingWords = {
  meeting: 'toplantı|toplanti|ders|görüşme|konferans|görüntülü arama',
  id: 'toplantı kimliği|toplanti kimligi|kimlik|kimliği',
  passcode: 'parola|şifre|sifre|kod'
};

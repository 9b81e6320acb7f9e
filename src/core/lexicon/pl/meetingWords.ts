import type { MeetingWords } from '../meetingWords.js';

export const meetingWords: MeetingWords = {
  platforms: 'zoomie|zoomem',
  meeting: 'spotkanie|spotkania|lekcja|zajęcia|rozmowa|konferencja|wideorozmowa',
  id: 'identyfikator|id spotkania|numer spotkania',
  passcode: 'hasło|haslo|kod'
};

import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: 'zoomie|zoomem|zooma|zoomu|teamsach|teamsie|teamsy|meecie|meeta|meetcie',
  meeting: 'spotkanie|spotkania|lekcja|zajęcia|rozmowa|konferencja|wideorozmowa|calla|callu|konsultacja|konsultacje|korepetycje|rozmowa wideo',
  id: 'identyfikator|id spotkania|numer spotkania|nr spotkania|id',
  passcode: 'kod dostępu|kod dostepu|hasło|haslo|kod'
};

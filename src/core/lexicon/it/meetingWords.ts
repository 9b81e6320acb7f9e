import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'riunione|videochiamata|lezione|sessione|colloquio|conferenza',
  id: 'id riunione|id della riunione|numero riunione',
  passcode: 'codice d\'accesso|codice d’accesso|codice di accesso|password|codice|passcode'
};

import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'pulong|klase|meeting|interview|miting|online class',
  id: 'meeting id|id ng meeting|meeting code|id',
  passcode: 'passcode|password|pw|pass'
};

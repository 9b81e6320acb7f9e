import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'class|meeting|interview',
  id: 'id|meeting id',
  passcode: 'password|pass|passcode|pwd|code'
};

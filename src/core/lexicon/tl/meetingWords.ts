import type { MeetingWords } from '../meetingWords.js';

export const meetingWords: MeetingWords = {
  meeting: 'pulong|klase|meeting|interview',
  id: 'meeting id',
  passcode: 'passcode|password|pw'
};

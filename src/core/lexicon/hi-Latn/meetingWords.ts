import type { MeetingWords } from '../meetingWords.js';

export const meetingWords: MeetingWords = {
  meeting: 'class|meeting|interview',
  id: 'id',
  passcode: 'password|pass'
};

import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: 'زوم|ٹیمز|گوگل میٹ|میٹ',
  meeting: 'میٹنگ|کلاس|انٹرویو',
  id: 'آئی ڈی|میٹنگ آئی ڈی',
  passcode: 'پاس ورڈ|پاسورڈ|پاس کوڈ|کوڈ'
};

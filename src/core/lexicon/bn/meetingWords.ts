import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: 'জুম|জুমে|টিমস|গুগল মিট|মিট',
  meeting: 'মিটিং|ক্লাস|সভা|ইন্টারভিউ',
  id: 'আইডি|মিটিং আইডি',
  passcode: 'পাসওয়ার্ড|পাসকোড|কোড'
};

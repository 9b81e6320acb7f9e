import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'cuộc họp|họp|buổi học|lớp|phỏng vấn',
  id: 'mã cuộc họp|id cuộc họp|mã phòng|mã',
  passcode: 'mã truy cập|mật khẩu|mật mã|pass'
};

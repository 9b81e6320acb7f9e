import type { MeetingWords } from '../meetingWords.js';

export const meetingWords: MeetingWords = {
  platforms: '腾讯会议|钉钉|飞书|瞩目|zoom|teams',
  meeting: '会议|视频会议|网课|上课|面试',
  id: '会议号|会议id|会议号码|房间号',
  passcode: '密码|入会密码'
};

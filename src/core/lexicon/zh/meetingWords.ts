import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: '腾讯会议|钉钉|飞书|瞩目|zoom|teams|tencent|voov|dingtalk|飞书会议|腾讯|钉钉会议',
  meeting: '会议|视频会议|网课|上课|面试',
  id: '会议号|会议id|会议号码|房间号|会议室号|会议码',
  passcode: '会议密码|密码|入会密码'
};

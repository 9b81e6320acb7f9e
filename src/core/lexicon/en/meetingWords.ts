import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: 'zoom|teams|google meet|gmeet|webex|skype|jitsi|whereby|gotomeeting|voov|tencent meeting|tencent|dingtalk|lark|feishu|bluejeans|zoho meeting|ms teams|msteams',
  meeting: 'meeting|conference|webinar|video call|class|lesson|session|interview',
  id: 'meeting id|conference id|id|meeting number|meeting #',
  passcode: 'passcode|password|pass|pwd|pw|code|pin'
};

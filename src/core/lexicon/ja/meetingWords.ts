import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: 'ズーム|チームズ|グーグルミート',
  meeting: 'ミーティング|会議|授業|面接|レッスン',
  id: 'ミーティングid|会議id|id',
  passcode: 'パスコード|パスワード|暗証番号'
};

/**
 * Words around a meeting ID written without a link, per language, lower-case, "|" between phrases.
 * Latin words match whole words only; phrases in other scripts match anywhere.
 */
export interface MeetingWords {
  /** Video-call apps as people write them in this language ("zoom", "ज़ूम", "腾讯会议"). */
  platforms?: string;
  /** What is held on the call ("meeting", "class", "interview"). */
  meeting: string;
  /** Labels of the meeting ID ("meeting ID", "会议号"). */
  id: string;
  /** Labels of the passcode ("passcode", "密码"). */
  passcode: string;
}

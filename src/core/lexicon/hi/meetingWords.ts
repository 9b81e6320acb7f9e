import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: 'ज़ूम|जूम|टीम्स|गूगल मीट|मीट',
  meeting: 'मीटिंग|क्लास|कक्षा|इंटरव्यू|कॉल',
  id: 'आईडी|मीटिंग आईडी',
  passcode: 'पासवर्ड|पासकोड|कोड'
};

import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'besprechung|meeting|videocall|videoanruf|konferenz|unterricht|stunde|nachhilfe|termin',
  id: 'meeting-id|zoom-id|konferenz-id|meetingnummer',
  passcode: 'zugangscode|zugangskennwort|passwort|kennwort|kenncode|code'
};

import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'reunião|reuniao|videochamada|aula|sessão|entrevista|conferência',
  id: 'id da reunião|número da reunião',
  passcode: 'código de acesso|codigo de acesso|senha de acesso|senha|código'
};

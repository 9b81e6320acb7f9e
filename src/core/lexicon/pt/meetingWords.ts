import type { MeetingWords } from '../meetingWords.js';

export const meetingWords: MeetingWords = {
  meeting: 'reunião|reuniao|videochamada|aula|sessão|entrevista|conferência',
  id: 'id da reunião|número da reunião',
  passcode: 'senha|código'
};

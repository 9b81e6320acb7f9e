import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'réunion|visio|visioconférence|cours|séance|entretien|conférence',
  id: 'id de réunion|numéro de réunion|identifiant',
  passcode: 'code d\'accès|code d’accès|mot de passe|code secret|mdp|code'
};

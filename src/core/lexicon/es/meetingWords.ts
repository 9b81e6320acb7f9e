import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: 'meet de google',
  meeting: 'reunión|reunion|videollamada|clase|sesión|entrevista|conferencia',
  id: 'id de reunión|id de la reunión|número de reunión',
  passcode: 'código de acceso|codigo de acceso|clave de acceso|contraseña|clave|código'
};

import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  platforms: 'зум|зуме|тимс|гугл мит',
  meeting: 'конференция|конференции|встреча|созвон|урок|занятие|собеседование|видеозвонок',
  id: 'идентификатор|номер конференции|айди|ид',
  passcode: 'пароль|код доступа|код'
};

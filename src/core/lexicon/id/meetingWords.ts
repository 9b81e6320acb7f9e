import type { MeetingWords } from '../meetingWordTable.js';

export const meetingWords: MeetingWords = {
  meeting: 'rapat|kelas|pertemuan|wawancara|meeting|konferensi',
  id: 'id rapat|id meeting',
  passcode: 'kode sandi|kode akses|kata sandi|sandi|kode|pass'
};

import type { MeetingWords } from '../meetingWords.js';

export const meetingWords: MeetingWords = {
  platforms: 'زوم|تيمز|جوجل ميت|ميت',
  meeting: 'اجتماع|الاجتماع|الحصه|حصه|محاضره|مقابله|مكالمه فيديو',
  id: 'معرف الاجتماع|رقم الاجتماع|معرف|ايدي|اي دي',
  passcode: 'رمز الدخول|كلمه المرور|كلمه السر|الباسورد|باسورد|الرمز|رمز|كود'
};

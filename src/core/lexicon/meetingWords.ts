import { meetingWords as ar } from './ar/meetingWords.js';
import { meetingWords as bn } from './bn/meetingWords.js';
import { meetingWords as de } from './de/meetingWords.js';
import { meetingWords as en } from './en/meetingWords.js';
import { meetingWords as es } from './es/meetingWords.js';
import { meetingWords as fr } from './fr/meetingWords.js';
import { meetingWords as hi } from './hi/meetingWords.js';
import { meetingWords as hiLatn } from './hi-Latn/meetingWords.js';
import { meetingWords as id } from './id/meetingWords.js';
import { meetingWords as it } from './it/meetingWords.js';
import { meetingWords as ja } from './ja/meetingWords.js';
import { meetingWords as pl } from './pl/meetingWords.js';
import { meetingWords as pt } from './pt/meetingWords.js';
import { meetingWords as ru } from './ru/meetingWords.js';
import { meetingWords as tl } from './tl/meetingWords.js';
import { meetingWords as tr } from './tr/meetingWords.js';
import { meetingWords as ur } from './ur/meetingWords.js';
import { meetingWords as vi } from './vi/meetingWords.js';
import { meetingWords as zh } from './zh/meetingWords.js';

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

export const MEETING_WORDS: readonly MeetingWords[] = [en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja];

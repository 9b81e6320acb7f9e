import type { RecognizerFactory } from '../recognizer';

/** Finds meeting findings. (Being built: returns nothing yet.) */
export const createMeetingRecognizer: RecognizerFactory = () => ({
  kinds: ['meeting'],
  scan: () => [],
});

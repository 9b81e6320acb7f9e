import type { RecognizerFactory } from '../recognizer';

/** Finds email findings. (Being built: returns nothing yet.) */
export const createEmailRecognizer: RecognizerFactory = () => ({
  kinds: ['email'],
  scan: () => [],
});

import type { RecognizerFactory } from '../recognizer';

/** Finds url findings. (Being built: returns nothing yet.) */
export const createUrlRecognizer: RecognizerFactory = () => ({
  kinds: ['url'],
  scan: () => [],
});

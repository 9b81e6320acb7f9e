import type { RecognizerFactory } from '../recognizer';

/** Finds social findings. (Being built: returns nothing yet.) */
export const createSocialRecognizer: RecognizerFactory = () => ({
  kinds: ['social'],
  scan: () => [],
});

import type { RecognizerFactory } from '../recognizer';

/** Finds intent findings. (Being built: returns nothing yet.) */
export const createIntentRecognizer: RecognizerFactory = () => ({
  kinds: ['intent'],
  scan: () => [],
});

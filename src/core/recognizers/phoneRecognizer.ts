import type { RecognizerFactory } from '../recognizer';

/** Finds phone findings. (Being built: returns nothing yet.) */
export const createPhoneRecognizer: RecognizerFactory = () => ({
  kinds: ['phone'],
  scan: () => [],
});

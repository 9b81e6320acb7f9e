import type { RecognizerFactory } from '../recognizer';

/** Finds payment findings. (Being built: returns nothing yet.) */
export const createPaymentRecognizer: RecognizerFactory = () => ({
  kinds: ['payment'],
  scan: () => [],
});

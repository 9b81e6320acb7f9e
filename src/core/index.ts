export { createDetector } from './createDetector';
export { detectContactInfo } from './detectContactInfo';
export { CONTACT_KINDS } from './types';
export type {
  ContactKind,
  ContactMatch,
  Detector,
  DetectorOptions,
  ObfuscationOptions,
  PaymentBrandDefinition,
  PlatformDefinition,
} from './types';

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
export { DEFAULT_POLICY } from './policy/defaultPolicy';
export { resolvePolicy } from './policy/resolvePolicy';
export { evaluatePolicy, statesAllowing } from './policy/evaluatePolicy';
export { checkMessage } from './policy/checkMessage';
export { CONTRACT_STATES } from './policy/policyTypes';
export type {
  AppliedException,
  CheckMessageOptions,
  CheckMessageResult,
  ContractState,
  EvaluatePolicyOptions,
  Policy,
  PolicyDecision,
  PolicyException,
  PolicyOverrides,
  PolicyReason,
  PolicyRule,
  PolicyVerdict,
  PolicyViolation,
} from './policy/policyTypes';

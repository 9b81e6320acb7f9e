import type { ContractState, PolicyOverrides } from '../core/policy/policyTypes.js';
import type { DetectorOptions } from '../core/types.js';
import { useStableValue } from '../utils/useStableValue.js';
import { type UseOnPlatformSettingsResult, useOnPlatformSettings } from './OnPlatformProvider.js';
import { useDetector } from './useContactDetector.js';
import { NO_HISTORY, usePolicyCheck, type UsePolicyGuardResult } from './usePolicyCheck.js';

export type { UsePolicyGuardResult } from './usePolicyCheck.js';

export interface UsePolicyGuardOptions {
  /** The draft (or message) to check. */
  text: string;
  /** The conversation's contract state; a change re-evaluates at once, without new input. */
  contractState: ContractState;
  /** Per-kind / per-state overrides. A new but equal object does not re-run the check. @default the provider's policy, else DEFAULT_POLICY */
  policy?: PolicyOverrides;
  /** The author's recent messages in this conversation, oldest first (catches split details). @default [] */
  history?: readonly string[];
  /** @default the provider's detector options, else the detector defaults */
  detectorOptions?: DetectorOptions;
  /**
   * Keep detection off the keystroke's frame. A changed draft is checked in a second render, after
   * the browser has painted the change (about a frame, ~16 ms, later), so the typed character never
   * waits for detection; a long draft (see `longTextThreshold`) is checked when typing pauses, as a
   * deferred render (`useDeferredValue`). The first render and a change of contract state, policy
   * or history are checked at once. `false` checks every text in its own render. @default true
   */
  deferred?: boolean;
  /**
   * Drafts longer than this many characters are re-checked when typing pauses (`settleDelay`)
   * rather than on every keystroke. Shorter drafts (a 5,000-character draft included) are checked
   * on every keystroke, right after its frame is painted. Measured (`npm run bench`): detection
   * grows linearly, about 0.2 ms per 1,000 characters on a desktop CPU, so past 10,000 characters
   * it would take a noticeable part of a frame on a slow phone (4× slower).
   * Sending always checks the current text. @default 10000
   */
  longTextThreshold?: number;
  /** How long typing must pause before a long draft is re-checked, in ms. @default 150 */
  settleDelay?: number;
  /**
   * A text set by code rather than typed (a removal, a reset, a restored draft): while `text` equals
   * it, it is checked in the same render, never a frame late, so a verdict read right after such a
   * change is already the new text's. @default undefined
   */
  knownText?: string;
}


/**
 * Runs the detector and the policy on a draft, with the contract state, and says whether it can go out.
 *
 * @param options - the draft, the contract state, and optional policy, history and timing.
 *
 * @example
 * ```tsx
 * import { usePolicyGuard, useOnPlatformSettings } from 'onplatform';
 *
 * // A custom banner: role="alert" for a block (announced at once), role="status" for a warning.
 * function CustomBanner({ text, contractState }: { text: string; contractState: ContractState }) {
 *   const guard = usePolicyGuard({ text, contractState });
 *   const { messages } = useOnPlatformSettings();
 *   if (guard.decision === 'allow') return null;
 *   return (
 *     <div role={guard.decision === 'block' ? 'alert' : 'status'}>
 *       {guard.decision === 'block' ? messages.blockedHeadline : messages.warnedHeadline}
 *       <ul>{guard.violations.map((v) => <li key={v.rule + v.match.start}>{messages.rule(v.kind, v.reason)}</li>)}</ul>
 *     </div>
 *   );
 * }
 * ```
 *
 * @group Hooks
 */
export function usePolicyGuard(options: UsePolicyGuardOptions): UsePolicyGuardResult {
  // Resolved once here and handed down, as the composer resolves its own.
  return useGuard(options, useOnPlatformSettings({ policy: options.policy, detectorOptions: options.detectorOptions }));
}

/** The settings a guard reads, resolved against the provider by whoever calls it. */
export type GuardSettings = Pick<UseOnPlatformSettingsResult, 'policy' | 'detectorOptions'>;

/**
 * `usePolicyGuard` with its settings already resolved: `useProtectedMessage` resolves the
 * provider's once per render (its copy with them) and hands them here.
 */
export function useGuard(
  { text, contractState, history = NO_HISTORY, deferred, longTextThreshold, settleDelay, knownText }: UsePolicyGuardOptions,
  settings: GuardSettings,
): UsePolicyGuardResult {
  const detector = useDetector(settings.detectorOptions);
  // Callers often build these inline (`history={messages.map(…)}`): compare them by content.
  const stableHistory = useStableValue(history);
  const stablePolicy = useStableValue(settings.policy);
  return usePolicyCheck({ text, contractState, detector, policy: stablePolicy, history: stableHistory, deferred, longTextThreshold, settleDelay, knownText });
}

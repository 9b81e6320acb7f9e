import { type RefObject, useCallback, useMemo } from 'react';
import { checkMessage } from '../core/policy/checkMessage.js';
import type { CheckMessageResult, ContractState, PolicyOverrides } from '../core/policy/policyTypes.js';
import type { Detector } from '../core/types.js';
import type { ComposerState } from './composerReducer.js';
import { composerVerdict } from './composerVerdict.js';
import type { HeldWarningAction, HeldWarningState } from './heldWarningReducer.js';
import type { UsePolicyGuardResult } from './usePolicyCheck.js';
import { useHeldWarning } from './useHeldWarning.js';
import type { SteeringReducer } from '../utils/useSteeredReducer.js';

export interface ComposerVerdictInputs {
  /** The live check of the draft (lags typing by a frame). */
  guard: UsePolicyGuardResult;
  /** The composer's one detector and its resolved policy, the same the live check uses. */
  detector: Detector;
  policy: PolicyOverrides | undefined;
  /** Read when a check runs now (a send, a removal), so the callbacks stay stable. */
  latest: RefObject<{ contractState: ContractState; history: readonly string[] }>;
  state: Pick<ComposerState, 'disputed' | 'status' | 'rejection'>;
  stateRef: RefObject<ComposerState>;
  text: string;
  knownText: string | undefined;
  caret: number | undefined;
  /** Steers the held warning (`heldWarningReducer`). */
  heldWarningReducer?: SteeringReducer<HeldWarningState, HeldWarningAction> | undefined;
}

export interface ComposerVerdicts {
  /** A server-equivalent check of a text as it is now, never a lagging one, disputes applied. */
  verdictOf: (text: string) => CheckMessageResult;
  /** `verdictOf`, except that while the server's refusal stands (until an edit), its findings are the ones. */
  actionVerdictOf: (text: string) => CheckMessageResult;
  /** The live verdict with disputes and a standing refusal applied. */
  effective: CheckMessageResult;
  /** `effective` as shown: a warning that just appeared under the caret waits (`useHeldWarning`). */
  shown: CheckMessageResult;
}

/** The composer's verdicts: the one it shows while typing, and the ones it acts on when sending or removing. */
export function useComposerVerdict({ guard, detector, policy, latest, state, stateRef, text, knownText, caret, heldWarningReducer }: ComposerVerdictInputs): ComposerVerdicts {
  const verdictOf = useCallback(
    (draft: string) => {
      const { contractState, history } = latest.current;
      const checked = checkMessage(draft, { contractState, detector, history, policy });
      return composerVerdict(checked, { disputed: stateRef.current.disputed, rejection: undefined });
    },
    [detector, latest, policy, stateRef],
  );
  // Sending the very text the server refused would only be refused again: it counts as blocked.
  const actionVerdictOf = useCallback(
    (draft: string) => (stateRef.current.status === 'rejected' && stateRef.current.rejection) || verdictOf(draft),
    [stateRef, verdictOf],
  );
  const { disputed, status, rejection } = state;
  const effective = useMemo(
    () => composerVerdict(guard.verdict, { disputed, rejection: status === 'rejected' ? rejection : undefined }),
    [guard.verdict, disputed, status, rejection],
  );
  const shown = useHeldWarning({ verdict: effective, text, knownText, caret, stateReducer: heldWarningReducer });
  return { verdictOf, actionVerdictOf, effective, shown };
}

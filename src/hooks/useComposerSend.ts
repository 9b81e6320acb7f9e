import { type RefObject, useCallback, useRef } from 'react';
import type { CheckMessageResult } from '../core/policy/policyTypes.js';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';
import { COMPOSER_ACTIONS, type ComposerAction, type ComposerState } from './composerReducer.js';
import { policyRejectionOf } from './composerVerdict.js';

export interface ComposerSendInputs {
  draftKey: string | undefined;
  valueRef: RefObject<string>;
  keyRef: RefObject<string | undefined>;
  /** The verdict the composer acts on, for the text as it is now. */
  verdictOf: (text: string) => CheckMessageResult;
  apply: (action: ComposerAction) => ComposerState;
  latest: RefObject<{
    onSend: (text: string, verdict: CheckMessageResult) => void | Promise<unknown>;
    onBlockedSend: ((verdict: CheckMessageResult) => void) | undefined;
  }>;
  /** Clears the sent draft under the key it was sent from (see `useDraft`). */
  clearSent: (text: string, key: string | undefined) => void;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * `send()`: checks the text now, asks once (and deliberately) for a warned draft, and settles
 * against the draft key it started with. A send still going out for another conversation neither
 * blocks this one nor writes into it; its outcome only touches its own stored draft.
 */
export function useComposerSend({ draftKey, valueRef, keyRef, verdictOf, apply, latest, clearSent }: ComposerSendInputs) {
  const pendingKeys = useRef(new Set<string | undefined>());

  // Another conversation in the same composer: its state starts fresh (sending, if its own send is still out).
  const previousKey = useRef(draftKey);
  useIsomorphicLayoutEffect(() => {
    if (previousKey.current === draftKey) return;
    previousKey.current = draftKey;
    apply({ type: COMPOSER_ACTIONS.draftKeyChanged, sending: pendingKeys.current.has(draftKey) });
  }, [apply, draftKey]);

  return useCallback(async (): Promise<'blocked' | 'confirming' | 'sent' | 'failed' | 'ignored'> => {
    const text = valueRef.current;
    const key = keyRef.current;
    if (pendingKeys.current.has(key) || text.trim() === '') return 'ignored';
    const verdict = verdictOf(text);
    const { onSend: deliver, onBlockedSend } = latest.current;
    if (verdict.decision === 'block') {
      apply({ type: COMPOSER_ACTIONS.sendBlocked, verdict });
      onBlockedSend?.(verdict);
      return 'blocked';
    }
    if (verdict.decision === 'warn' && !apply({ type: COMPOSER_ACTIONS.sendRequested, verdict, now: Date.now() }).acknowledged) return 'confirming';
    pendingKeys.current.add(key);
    apply({ type: COMPOSER_ACTIONS.sendStarted, verdict });
    // Only the conversation that is still on screen hears how its send went.
    const current = () => keyRef.current === key;
    try {
      // A plain return settles at once, so a synchronous onSend clears the draft in the same event.
      const result = deliver(text, verdict);
      if (isThenable(result)) await result;
    } catch (error) {
      pendingKeys.current.delete(key);
      const rejection = policyRejectionOf(error);
      if (current()) apply(rejection ? { type: COMPOSER_ACTIONS.sendRejected, error, verdict: rejection } : { type: COMPOSER_ACTIONS.sendFailed, error });
      return 'failed';
    }
    pendingKeys.current.delete(key);
    if (current()) apply({ type: COMPOSER_ACTIONS.sendSucceeded });
    clearSent(text, key);
    return 'sent';
  }, [apply, clearSent, keyRef, latest, valueRef, verdictOf]);
}

import { type ButtonHTMLAttributes, type HTMLAttributes, type KeyboardEvent, useCallback, useId, useMemo, useRef } from 'react';
import type { CheckMessageResult, PolicyDecision, PolicyReason, PolicyVerdict, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { Messages } from '../messages/messages.js';
import { mergeProps } from '../utils/mergeProps.js';
import { useControllableState } from '../utils/useControllableState.js';
import { useLatest } from '../utils/useLatest.js';
import type { PropGetter } from './propGetter.js';
import {
  WHY_DISCLOSURE_ACTIONS,
  type WhyDisclosureAction,
  whyDisclosureReducer,
  type WhyDisclosureState,
  type WhyDisclosureStateReducer,
} from './whyDisclosureReducer.js';

export type BannerVerdict = Pick<PolicyVerdict, 'decision' | 'violations'> & Pick<CheckMessageResult, 'tooLong'>;

export interface UsePolicyWarningBannerOptions {
  verdict: BannerVerdict;
  /** The resolved catalogue (the component resolves the provider's and its own overrides). */
  copy: Messages;
  /** Controlled "Why?" state. */
  whyOpen?: boolean | undefined;
  /** @default false */
  defaultWhyOpen?: boolean | undefined;
  onWhyOpenChange?: ((open: boolean) => void) | undefined;
  /** Steers the "Why?" disclosure (`whyDisclosureReducer`). */
  stateReducer?: WhyDisclosureStateReducer | undefined;
}

export interface UsePolicyWarningBannerResult {
  /** `alert` for a block, `status` for a warning, nothing when allowed. */
  role: 'alert' | 'status' | undefined;
  headline: string;
  /** "We found a phone number and an email address." (or the length limit). */
  found: string;
  /** One line per rule, in the order found; kinds under the same rule share a line. */
  rules: string[];
  /** One "Why?" reason per kind found, in the order found. */
  reasons: { kind: ContactKind; text: string }[];
  whyState: WhyDisclosureState;
  /** The "Why?" toggle: `aria-expanded`, `aria-controls`, `data-state`; Escape closes. */
  getWhyButtonProps: PropGetter<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>;
  /** The explanation: `hidden` while closed, in the flow (it never covers the rule lines); Escape closes and gives focus back. */
  getWhyPanelProps: PropGetter<HTMLAttributes<HTMLDivElement>, HTMLDivElement>;
}

const bannerRole = (decision: PolicyDecision) => {
  switch (decision) {
    case 'allow':
      return undefined;
    case 'warn':
      return 'status';
    case 'block':
      return 'alert';
    default:
      return decision satisfies never;
  }
};

/**
 * What the banner says, and its "Why?" disclosure: a button that opens on click, tap, Enter and
 * Space (a tooltip opens on none of the touch ones), with a reason per kind found. Not exported:
 * the banner is its only user.
 */
export function usePolicyWarningBanner({ verdict, copy, whyOpen, defaultWhyOpen = false, onWhyOpenChange, stateReducer }: UsePolicyWarningBannerOptions): UsePolicyWarningBannerResult {
  const { decision, violations, tooLong } = verdict;
  const summary = useMemo(() => {
    const counts = new Map<ContactKind, number>();
    // Kinds under the same rule share one line (fewer lines on a phone); an invitation keeps its own.
    const groups = new Map<string, { kinds: ContactKind[]; reason: PolicyReason; action: PolicyViolation['action'] }>();
    for (const { kind, reason, action } of violations) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const key = kind === 'intent' ? `intent:${reason}:${action}` : `${reason}:${action}`;
      const group = groups.get(key);
      if (!group) groups.set(key, { kinds: [kind], reason, action });
      else if (!group.kinds.includes(kind)) group.kinds.push(kind);
    }
    const rules = [...groups.values()].map(({ kinds, reason, action }) =>
      kinds.length === 1 ? copy.rule(kinds[0]!, reason, action) : copy.ruleForKinds(kinds, reason, action),
    );
    return {
      // Over the length limit the message was not read: say that, not "we found nothing".
      found: tooLong ? copy.tooLong(tooLong.maxLength) : copy.foundSentence([...counts].map(([kind, count]) => copy.found(kind, count))),
      rules: [...new Set(rules)],
      reasons: [...counts.keys()].map((kind) => ({ kind, text: copy.whyReason(kind) })),
    };
  }, [copy, violations, tooLong]);

  const [open, setOpen] = useControllableState({ value: whyOpen, defaultValue: defaultWhyOpen, onChange: onWhyOpenChange, name: 'PolicyWarningBanner' });
  const whyState: WhyDisclosureState = open ? 'open' : 'closed';
  const steerRef = useLatest(stateReducer);
  const dispatch = useCallback(
    (action: WhyDisclosureAction) => {
      const changes = whyDisclosureReducer(whyState, action);
      setOpen((steerRef.current ? steerRef.current(whyState, { ...action, changes }) : changes) === 'open');
    },
    [whyState, setOpen, steerRef],
  );
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  // Only an open panel takes Escape: a closed one leaves it to whatever surrounds the banner (a dialog).
  const closeOnEscape = (event: KeyboardEvent, returnFocus: boolean) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    dispatch({ type: WHY_DISCLOSURE_ACTIONS.dismissed });
    if (returnFocus) buttonRef.current?.focus();
  };

  const getWhyButtonProps: UsePolicyWarningBannerResult['getWhyButtonProps'] = (props) =>
    mergeProps(
      {
        type: 'button',
        ref: buttonRef,
        'aria-expanded': open,
        'aria-controls': panelId,
        'data-state': whyState,
        onClick: () => dispatch({ type: WHY_DISCLOSURE_ACTIONS.toggled }),
        onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => closeOnEscape(event, false),
      },
      props,
    );
  const getWhyPanelProps: UsePolicyWarningBannerResult['getWhyPanelProps'] = (props) =>
    mergeProps(
      { id: panelId, hidden: !open, 'data-state': whyState, onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => closeOnEscape(event, true) },
      props,
      ['id'],
    );

  return {
    role: bannerRole(decision),
    headline: decision === 'block' ? copy.blockedHeadline : copy.warnedHeadline,
    ...summary,
    whyState,
    getWhyButtonProps,
    getWhyPanelProps,
  };
}

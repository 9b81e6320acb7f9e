import { type ComponentPropsWithoutRef, forwardRef, memo } from 'react';
import type { CheckMessageResult, ContractState, PolicyVerdict } from '../core/policy/policyTypes.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import { usePolicyWarningBanner } from '../hooks/usePolicyWarningBanner.js';
import type { WhyDisclosureStateReducer } from '../hooks/whyDisclosureReducer.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { sameBannerProps } from './sameBannerProps.js';

export interface PolicyWarningBannerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role'> {
  verdict: Pick<PolicyVerdict, 'decision' | 'violations'> & Pick<CheckMessageResult, 'tooLong'>;
  /** Shown as `data-contract-state` for styling. */
  contractState?: ContractState;
  /** Adds a "Read the policy" link: an http(s) or relative URL (anything else is dropped, with a warning in development). @default the provider's policyUrl */
  policyUrl?: string;
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
  /** Whether the "Why?" explanation shows (controlled). Mirrored as `data-state` on the button and the panel. */
  whyOpen?: boolean;
  /** Whether the "Why?" explanation shows at first (uncontrolled). @default false */
  defaultWhyOpen?: boolean;
  /** Called with the new state when the "Why?" button is pressed, or Escape closes the explanation. */
  onWhyOpenChange?: (open: boolean) => void;
  /**
   * Steers the "Why?" disclosure: gets the current state (`'open'` or `'closed'`) and
   * `{ type, changes }` (`WHY_DISCLOSURE_ACTIONS`), returns the state to apply. @default undefined
   */
  stateReducer?: WhyDisclosureStateReducer;
}

/** The banner's props with its settings already resolved against the provider. */
export interface ResolvedPolicyWarningBannerProps extends Omit<PolicyWarningBannerProps, 'messages' | 'policyUrl'> {
  copy: Messages;
  /** Already checked (`safePolicyUrl`). */
  policyUrl: string | undefined;
}

/**
 * Says in visible text what was found, which rule applies and when it lifts, with a "Why?"
 * disclosure (click, tap, Enter or Space) that gives a reason per kind found. `role="alert"` for a block and `role="status"` for a warning; the
 * text only changes when the findings do, so screen readers announce it once per change, not per
 * keystroke. Renders nothing when the message is allowed. While typing, the verdict is new on
 * every keystroke but its findings rarely change: the banner then skips the render. On narrow
 * screens (under 30rem) it takes a compact form: smaller type, the rules as one paragraph.
 *
 * @example
 * ```tsx
 * import { PolicyWarningBanner, usePolicyGuard } from 'onplatform';
 *
 * function Draft({ text, contractState }: { text: string; contractState: ContractState }) {
 *   const guard = usePolicyGuard({ text, contractState });
 *   return <PolicyWarningBanner verdict={guard.verdict} contractState={contractState} policyUrl="/help/policy" />;
 * }
 * ```
 *
 * @group Components
 */
export const PolicyWarningBanner = memo(forwardRef<HTMLDivElement, PolicyWarningBannerProps>(function PolicyWarningBanner({ messages, policyUrl, ...props }, ref) {
  // An empty `policyUrl` falls back to the provider's, like an absent one.
  const settings = useOnPlatformSettings({ messages, policyUrl: policyUrl || undefined });
  return <ResolvedPolicyWarningBanner {...props} ref={ref} copy={settings.messages} policyUrl={settings.policyUrl} />;
}), sameBannerProps);

/**
 * The banner with its settings handed in, as React Aria hands `state` down: `PolicyWarningBanner`
 * resolves the provider's settings for it, and `MessageComposer` hands over the ones it resolved for
 * the whole form, so one composer render reads the provider once. Not exported publicly.
 */
export const ResolvedPolicyWarningBanner = memo(forwardRef<HTMLDivElement, ResolvedPolicyWarningBannerProps>(function PolicyWarningBanner(
  { verdict, contractState, copy, policyUrl, whyOpen, defaultWhyOpen, onWhyOpenChange, stateReducer, className, ...divProps },
  ref,
) {
  const banner = usePolicyWarningBanner({ verdict, copy, whyOpen, defaultWhyOpen, onWhyOpenChange, stateReducer });
  if (!banner.role) return null;
  return (
    <div
      ref={ref}
      role={banner.role}
      className={cx('op-PolicyWarningBanner', className)}
      data-decision={verdict.decision}
      data-contract-state={contractState}
      {...divProps}
    >
      {/* dir="auto" on every run of text: the copy keeps its own direction inside an RTL page, and vice versa. */}
      <p className="op-PolicyWarningBanner-headline" dir="auto">{banner.headline}</p>
      <p className="op-PolicyWarningBanner-found" dir="auto">{banner.found}</p>
      {/* The list takes the copy's direction too, so its bullets sit inside the box in an RTL page. */}
      <ul className="op-PolicyWarningBanner-rules" dir="auto">
        {banner.rules.map((rule) => (
          <li key={rule} dir="auto">
            {rule}
          </li>
        ))}
      </ul>
      <div className="op-PolicyWarningBanner-actions">
        <button {...banner.getWhyButtonProps({ className: 'op-PolicyWarningBanner-why', dir: 'auto' })}>{copy.whyLabel}</button>
        {policyUrl && (
          <a className="op-PolicyWarningBanner-link" href={policyUrl} target="_blank" rel="noreferrer" dir="auto">
            {copy.policyLinkLabel}
          </a>
        )}
      </div>
      {/* A disclosure in the flow, not a tooltip: it opens on touch too, and pushes nothing out of view. */}
      <div {...banner.getWhyPanelProps({ className: 'op-PolicyWarningBanner-whyPanel' })}>
        <p dir="auto">{copy.whyText}</p>
        {banner.reasons.length > 0 && (
          <ul className="op-PolicyWarningBanner-reasons" dir="auto">
            {banner.reasons.map((reason) => (
              <li key={reason.kind} dir="auto" data-kind={reason.kind}>
                {reason.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}), sameBannerProps);

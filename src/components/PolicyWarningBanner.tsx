import { forwardRef, memo } from 'react';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import type { Messages } from '../messages/messages.js';
import { ResolvedPolicyWarningBanner, type ResolvedPolicyWarningBannerProps } from './ResolvedPolicyWarningBanner.js';
import { sameBannerProps } from './sameBannerProps.js';

export interface PolicyWarningBannerProps extends Omit<ResolvedPolicyWarningBannerProps, 'copy' | 'policyUrl'> {
  /** Adds a "Read the policy" link: an http(s) or relative URL (anything else is dropped, with a warning in development). @default the provider's policyUrl */
  policyUrl?: string;
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
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

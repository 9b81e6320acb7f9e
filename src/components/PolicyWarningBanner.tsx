import { type ComponentPropsWithoutRef, forwardRef, memo, useMemo } from 'react';
import type { CheckMessageResult, ContractState, PolicyDecision, PolicyVerdict } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { Hint, HintProvider } from './Hint.js';

export interface PolicyWarningBannerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'role'> {
  verdict: Pick<PolicyVerdict, 'decision' | 'violations'> & Pick<CheckMessageResult, 'tooLong'>;
  /** Shown as `data-contract-state` for styling. */
  contractState?: ContractState;
  /** Adds a "Read the policy" link: an http(s) or relative URL (anything else is dropped, with a warning in development). @default the provider's policyUrl */
  policyUrl?: string;
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
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

/** Same decision and the same findings (kind and rule, in order): the banner would say the same. */
function sameFindings(previous: PolicyWarningBannerProps['verdict'], next: PolicyWarningBannerProps['verdict']): boolean {
  if (previous === next) return true;
  if (previous.decision !== next.decision || previous.violations.length !== next.violations.length) return false;
  if (previous.tooLong?.maxLength !== next.tooLong?.maxLength) return false;
  return previous.violations.every(
    (violation, index) => violation.kind === next.violations[index]!.kind && violation.reason === next.violations[index]!.reason,
  );
}

/** Props equal, except that a new verdict with the same findings counts as the same. */
function sameBannerProps(previous: PolicyWarningBannerProps, next: PolicyWarningBannerProps): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)] as (keyof PolicyWarningBannerProps)[]);
  for (const key of keys) {
    if (key === 'verdict' ? !sameFindings(previous.verdict, next.verdict) : !Object.is(previous[key], next[key])) return false;
  }
  return true;
}

/**
 * Says in visible text what was found, which rule applies and when it lifts, with a "Why?"
 * tooltip for the background. `role="alert"` for a block and `role="status"` for a warning; the
 * text only changes when the findings do, so screen readers announce it once per change, not per
 * keystroke. Renders nothing when the message is allowed. While typing, the verdict is new on
 * every keystroke but its findings rarely change: the banner (and its tooltip) then skips the render.
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
export const PolicyWarningBanner = memo(forwardRef<HTMLDivElement, PolicyWarningBannerProps>(function PolicyWarningBanner(
  { verdict, contractState, policyUrl, messages, className, ...divProps },
  ref,
) {
  const settings = useOnPlatformSettings({ ...(messages ? { messages } : {}), ...(policyUrl ? { policyUrl } : {}) });
  const copy = settings.messages;
  const { decision, violations } = verdict;
  const summary = useMemo(() => {
    const counts = new Map<ContactKind, number>();
    const rules = new Map<string, string>();
    for (const violation of violations) {
      counts.set(violation.kind, (counts.get(violation.kind) ?? 0) + 1);
      rules.set(`${violation.kind}:${violation.reason}`, copy.rule(violation.kind, violation.reason));
    }
    return {
      // Over the length limit the message was not read: say that, not "we found nothing".
      found: verdict.tooLong ? copy.tooLong(verdict.tooLong.maxLength) : copy.foundSentence([...counts].map(([kind, count]) => copy.found(kind, count))),
      rules: [...new Set(rules.values())],
    };
  }, [copy, violations, verdict.tooLong]);
  const role = bannerRole(decision);
  if (!role) return null;
  return (
    <div
      ref={ref}
      role={role}
      className={cx('op-PolicyWarningBanner', className)}
      data-decision={decision}
      data-contract-state={contractState}
      {...divProps}
    >
      {/* dir="auto": the copy keeps its own direction inside an RTL page, and vice versa. */}
      <p className="op-PolicyWarningBanner-headline" dir="auto">{decision === 'block' ? copy.blockedHeadline : copy.warnedHeadline}</p>
      <p className="op-PolicyWarningBanner-found" dir="auto">{summary.found}</p>
      <ul className="op-PolicyWarningBanner-rules">
        {summary.rules.map((rule) => (
          <li key={rule} dir="auto">
            {rule}
          </li>
        ))}
      </ul>
      <div className="op-PolicyWarningBanner-actions">
        <HintProvider>
          <Hint content={copy.whyText}>
            <button type="button" className="op-PolicyWarningBanner-why">
              {copy.whyLabel}
            </button>
          </Hint>
        </HintProvider>
        {settings.policyUrl && (
          <a className="op-PolicyWarningBanner-link" href={settings.policyUrl} target="_blank" rel="noreferrer">
            {copy.policyLinkLabel}
          </a>
        )}
      </div>
    </div>
  );
}), sameBannerProps);

import type { BannerVerdict } from '../hooks/usePolicyWarningBanner.js';

/** Same decision and the same findings (kind, reason and action, in order): the banner would say the same. */
function sameFindings(previous: BannerVerdict, next: BannerVerdict): boolean {
  if (previous === next) return true;
  if (previous.decision !== next.decision || previous.violations.length !== next.violations.length) return false;
  if (previous.tooLong?.maxLength !== next.tooLong?.maxLength) return false;
  return previous.violations.every(
    (violation, index) =>
      violation.kind === next.violations[index]!.kind &&
      violation.reason === next.violations[index]!.reason &&
      violation.action === next.violations[index]!.action,
  );
}

/**
 * Props equal, except that a new verdict with the same findings counts as the same: while typing
 * the verdict is new on every keystroke but its findings rarely change, and the banner skips the render.
 */
export function sameBannerProps<P extends { verdict: BannerVerdict }>(previous: P, next: P): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)] as (keyof P)[]);
  for (const key of keys) {
    if (key === 'verdict' ? !sameFindings(previous.verdict, next.verdict) : !Object.is(previous[key], next[key])) return false;
  }
  return true;
}

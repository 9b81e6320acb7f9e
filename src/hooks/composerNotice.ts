import type { Messages } from '../messages/messages.js';
import type { UseMessageComposerResult } from './messageComposerTypes.js';

/** What the composer's live region is saying (mirrored as `data-notice`). */
export type ComposerNoticeKind = 'confirm' | 'refused' | 'rejected' | 'removed' | 'disputed' | 'none';

/**
 * What the composer's live region says: the confirm step's explanation, why a send was refused
 * (re-announced on every refused attempt: the text alternates a trailing no-break space), the
 * server's refusal, that a removal can be undone, or that a disputed finding needs a confirmation.
 */
export function composerNotice(
  composer: Pick<UseMessageComposerResult, 'status' | 'verdict' | 'blockedAttempts' | 'undoable' | 'disputed'>,
  copy: Messages,
): { kind: ComposerNoticeKind; text: string } {
  const { status, verdict, blockedAttempts, undoable, disputed } = composer;
  if (status === 'confirming') return { kind: 'confirm', text: copy.confirmWarning(verdict.violations.map((violation) => violation.kind)) };
  if (status === 'rejected') return { kind: 'rejected', text: copy.serverRejected };
  if (blockedAttempts > 0) return { kind: 'refused', text: copy.sendRefused + (blockedAttempts % 2 === 0 ? '\u00A0' : '') };
  if (undoable) return { kind: 'removed', text: copy.removedNotice };
  if (disputed.length > 0 && verdict.decision === 'warn') return { kind: 'disputed', text: copy.disputedNotice };
  return { kind: 'none', text: '' };
}

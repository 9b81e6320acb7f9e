import type { RefObject } from 'react';
import type { UseMessageComposerResult } from '../hooks/useMessageComposer.js';
import type { Messages } from '../messages/messages.js';
import { useFindingPopoverPlacement } from '../hooks/useFindingPopoverPlacement.js';

export interface ComposerFindingPopoverProps {
  composer: UseMessageComposerResult;
  copy: Messages;
  /** The underline layer, whose `<mark data-start>` the popover sits under. */
  underlinesRef: RefObject<HTMLDivElement | null>;
  /** The textarea: the layer moves with its scrolling through a transform the offsets don't include. */
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Offer "This isn't contact info" (the host passed `onDispute`). */
  canDispute: boolean;
}

/**
 * A finding's popover: what was found, the rule and when it lifts, "Remove" and (with `onDispute`)
 * "This isn't contact info". Non-modal and right after the textarea in the DOM, so Tab reaches it
 * next; Escape closes it. It sits under the finding's underline, kept inside the field.
 */
export function ComposerFindingPopover({ composer, copy, underlinesRef, textareaRef, canDispute }: ComposerFindingPopoverProps) {
  const { violation } = composer.finding;
  const popoverRef = useFindingPopoverPlacement(violation, composer.value, underlinesRef, textareaRef);

  if (!violation) return null;
  const remove = () => {
    composer.finding.close();
    composer.removeFinding(violation);
  };
  const dispute = () => {
    composer.finding.close();
    composer.disputeFinding(violation);
  };
  return (
    <div {...composer.finding.getPopoverProps({ className: 'op-ComposerFinding', 'data-action': violation.action })} ref={popoverRef}>
      <p {...composer.finding.getTitleProps({ className: 'op-ComposerFinding-title' })}>
        {copy.findingTitle(violation.kind)}
        {/* dir="auto": the finding is the person's own text, in any direction. */}
        <span className="op-ComposerFinding-text" dir="auto">
          {violation.match.text}
        </span>
      </p>
      <p className="op-ComposerFinding-rule" dir="auto">
        {copy.rule(violation.kind, violation.reason)}
      </p>
      <div className="op-ComposerFinding-actions">
        <button type="button" className="op-Button" onClick={remove}>
          {copy.findingRemove}
        </button>
        {canDispute && (
          <button type="button" className="op-Button" data-variant="quiet" onClick={dispute}>
            {copy.findingDispute}
          </button>
        )}
      </div>
    </div>
  );
}

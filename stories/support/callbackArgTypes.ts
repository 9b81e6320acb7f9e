/**
 * What each callback a story takes is for, as the Controls and Docs tables show it. One place for the
 * wording: the composer's callbacks live on the hook's options (another file), which the docgen
 * behind autodocs doesn't follow, so the tables would otherwise show them bare.
 */
const callback = (description: string) => ({ description, table: { category: 'Callbacks' } });

export const CALLBACK_ARG_TYPES = {
  onSend: callback(
    'Sends the message: called with the text and its verdict when the person sends an allowed draft, or a warned one after confirming. May return a promise: while it runs the composer shows "Sending…"; a rejection keeps the draft and offers Retry, or, with `violations` on the error (a 422), shows the server\'s refusal as a block. Never called for a blocked draft.',
  ),
  onBlockedSend: callback(
    'Called with the verdict each time a send is refused because the policy blocks the draft (Enter, Ctrl/Cmd+Enter or a press of the aria-disabled Send): to log attempts. The composer itself announces the refusal and moves focus to the banner.',
  ),
  onDispute: callback(
    'Called with the finding when the person presses "This isn\'t contact info" in a finding\'s popover, so the platform can learn from false alarms. The finding then counts as a warning in this draft (sent after a confirmation). Without it, the popover offers only "Remove".',
  ),
  onValueChange: callback('Called with the new draft on every change (typing, removal, undo, a restored draft).'),
  onReport: callback(
    'Sends a report: called once with `{ reason, details?, evidence }` (the message id and text, and what was found in it) when the reader presses "Send report". May return a promise: the dialog shows "Sending report…", then thanks, or the failure with Retry.',
  ),
  onBlockUser: callback(
    'Blocks the author: when given, the report dialog offers "Also block this person", and this is called with the evidence after the report was sent, if the person ticked it.',
  ),
  onFindingOpenChange: callback(
    'Called with the new state (`true` open, `false` closed) when the caret goes into or out of a finding, typing or Escape closes its popover, or a popover button acts on the finding. With `findingOpen`, the parent decides.',
  ),
  onWhyOpenChange: callback('Called with the new state (`true` open, `false` closed) when the "Why?" button is pressed, or Escape closes the explanation.'),
} as const;

import type { KeyboardEvent } from 'react';
import type { CheckMessageResult, ContractState, PolicyDecision, PolicyOverrides } from '../core/policy/policyTypes.js';
import type { TextSegment } from '../core/segments.js';
import type { ContactMatch, DetectorOptions } from '../core/types.js';
import type { ComposerPropGetters } from './composerPropGetters.js';
import type { ComposerStatus, ComposerUndo } from './composerReducer.js';
import type { ComposerStateReducer } from './composerStateReducer.js';
import type { FindingPopover } from './useFindingPopover.js';

/** The options and the result of `useMessageComposer` (kept apart from the hook, which is long enough). */
export interface UseMessageComposerOptions {
  /** Where the conversation stands; a change re-evaluates the draft at once. */
  contractState: ContractState;
  /**
   * Sends the message; may return a promise. While it runs `status` is `'sending'`; on success the
   * draft clears; on rejection the draft stays, `status` is `'error'` and `error` holds the reason.
   * Never called for a blocked draft.
   */
  onSend: (text: string, verdict: CheckMessageResult) => void | Promise<unknown>;
  /** Called when a send is refused because the policy blocks the draft (to log attempts). @default undefined */
  onBlockedSend?: (verdict: CheckMessageResult) => void;
  /** The draft, controlled. @default undefined (uncontrolled) */
  value?: string;
  /** Initial draft when uncontrolled (a stored `draftKey` draft wins). @default '' */
  defaultValue?: string;
  /** Called with the new draft on every change. @default undefined */
  onValueChange?: (value: string) => void;
  /** The author's recent messages in this conversation, oldest first (catches split details). @default [] */
  history?: readonly string[];
  /** @default the provider's policy, else DEFAULT_POLICY */
  policy?: PolicyOverrides;
  /** @default the provider's detector options */
  detectorOptions?: DetectorOptions;
  /**
   * Enter sends and Shift+Enter inserts a newline; `false` makes Enter a newline. Ctrl+Enter (Cmd+Enter
   * on macOS) sends either way. No key sends while an IME is composing (Enter confirms the
   * composition), and a key that sends never inserts a newline, even when the send is refused.
   * @default true
   */
  submitOnEnter?: boolean;
  /**
   * Decides per key press whether to send, replacing the built-in keys (Enter per `submitOnEnter`
   * and Ctrl/Cmd+Enter): return `true` for every key that should send. Never consulted during IME
   * composition. A send it triggers takes the same path as the send button.
   * @default undefined
   */
  shouldSubmit?: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  /**
   * Character limit in UTF-16 code units (as the textarea's own `maxlength` counts). Set on the
   * textarea, which stops typing and pasting there; `setValue()` and `removeFlagged()` cut a longer
   * result to it, never inside a surrogate pair (a character such as 😀 is kept whole or dropped).
   * `value`, `defaultValue` and a stored draft are shown as given, like a textarea's own value;
   * `remaining` is then 0. The same limit as the checker's: longer text is blocked unread.
   * @default the detector options' `maxLength`, else 20000 (`DEFAULT_MAX_LENGTH`)
   */
  maxLength?: number;
  /** Keeps the draft in sessionStorage under this key across unmounts and reloads; cleared after a successful send. @default undefined */
  draftKey?: string;
  /** Put in place of each flagged span by `removeFlagged()`; the default removes it and tidies the spaces. @default '' */
  flaggedReplacement?: string;
  /**
   * Steers every transition of the composer's parts (sending, the draft, the held warning, the
   * finding popover): gets the part's current state and `{ part, type, changes, …action }`, returns
   * the state to apply. See `ComposerStateReducer`. @default undefined
   */
  stateReducer?: ComposerStateReducer;
  /**
   * Called when the person says a finding is not contact information ("This isn't contact info"), so
   * the platform can learn from false alarms. The finding then counts as a warning in this draft:
   * it may be sent after a confirmation (your server still decides). Without it, findings can only
   * be removed. @default undefined
   */
  onDispute?: (finding: ContactMatch) => void;
  /**
   * Whether a finding's popover shows (controlled), as Radix's `open`: `false` keeps it shut, `true`
   * shows the finding last put under the caret, else the draft's first. @default undefined (uncontrolled)
   */
  findingOpen?: boolean;
  /** Whether a finding's popover shows at first (uncontrolled; the draft's first finding). @default false */
  defaultFindingOpen?: boolean;
  /** Called with the new open state when a caret move, typing, Escape or a popover button opens or closes it. @default undefined */
  onFindingOpenChange?: (open: boolean) => void;
}

export interface UseMessageComposerResult extends ComposerPropGetters {
  value: string;
  /** Sets the draft, cut to `maxLength` (at a character boundary) when there is one. */
  setValue: (value: string) => void;
  /**
   * The verdict to show: it lags typing by a frame (on long drafts, until typing pauses), and a
   * warning that just appeared under the caret waits until typing moves on or pauses; a change made
   * by code (`setValue`, `removeFlagged`, `reset`, a restored draft) is checked in the same render.
   * Disputed findings count as warnings; a server's refusal shows as a block until an edit.
   * `send()` always re-checks.
   */
  verdict: CheckMessageResult;
  decision: PolicyDecision;
  status: ComposerStatus;
  error: unknown;
  /** A warned draft was confirmed: the next send goes out. */
  acknowledged: boolean;
  /** The draft in plain and flagged runs (always covering the current text), for a highlight layer. */
  segments: TextSegment[];
  /** UTF-16 code units left before `maxLength` (never below 0). */
  remaining: number | undefined;
  /** The character limit in force (the option, else the detector's, else 20000). */
  maxLength: number;
  /** Sends the current draft if the policy lets it (a warning needs one confirmation first). */
  send: () => Promise<void>;
  /** Confirms a warned draft, so the next send goes out. */
  acknowledge: () => void;
  /**
   * Removes every finding the policy objects to (except disputed ones) with the words that only
   * introduced them ("text me on"), so the sentence still reads; through the browser's undo stack
   * where it can (Ctrl+Z restores), and `undo()` too. With `flaggedReplacement`, replaces the
   * findings instead. Cut to `maxLength` like `setValue`.
   */
  removeFlagged: () => void;
  /** Removes one finding (and its cue words), as `removeFlagged` does for all. */
  removeFinding: (finding: { match: ContactMatch }) => void;
  /** Reports a finding as not contact info: calls `onDispute` and lets the draft go out after a confirmation. */
  disputeFinding: (finding: { match: ContactMatch }) => void;
  /** The last removal, while it can be undone (the draft is still what it left). */
  undoable: ComposerUndo | undefined;
  /** Puts back the text of the last removal. */
  undo: () => void;
  /** Empties the draft (and its stored copy) and the composer's state. */
  reset: () => void;
  /** Sends refused for this draft so far; a change is the moment to announce why again. */
  blockedAttempts: number;
  /** Findings the person disputed in this draft (`kind:text` keys). */
  disputed: readonly string[];
  /** The finding whose popover is open (opened by a click, tap or arrow keys inside its underline). */
  finding: FindingPopover;
}

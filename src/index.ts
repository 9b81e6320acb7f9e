/**
 * React hooks and styled components for policy-aware messaging, plus everything in
 * `onplatform/core` (re-exported). This entry is a client module
 * (`"use client"`): a Next.js Server Component can render its components, passing serialisable
 * props and Server Actions; code that runs on the server itself imports `onplatform/core`.
 *
 * - Components: {@link MessageComposer}, {@link ProtectedMessage}, {@link PolicyWarningBanner},
 *   {@link ReportButton}, {@link HighlightedText}, styled by `onplatform/styles.css` (`--op-*`
 *   variables; `data-theme="light" | "dark"` on any ancestor forces a theme).
 * - Headless hooks, for your own markup: {@link useMessageComposer} (state plus prop getters),
 *   {@link usePolicyGuard}, {@link useContactDetector}, {@link useProtectedMessage}, {@link useReport}
 *   (and {@link useReportDialog} for a native `<dialog>`, as {@link ReportButton} renders it).
 * - Settings and copy: {@link OnPlatformProvider} for app-wide defaults, {@link useOnPlatformSettings}
 *   for the resolved copy, policy and `policyUrl` in custom UI, {@link resolveMessages} and
 *   {@link MESSAGE_CATALOGUES} (English and Spanish built in, thirteen more as `onplatform/locales/<tag>`
 *   entries for the provider's `catalogues`; override any key of {@link Messages}).
 *
 * States are strings, mirrored as data attributes for styling: the composer's {@link ComposerStatus}
 * (`idle`, `confirming`: a warned draft waits for one deliberate confirmation, `sending`, `error`,
 * `rejected`: the server's own check refused the message) in
 * `data-status` and its {@link PolicyDecision} (`allow`, `warn`, `block`) in `data-decision`; the
 * report flow's {@link ReportStatus} (`idle`, `choosing`, `sending`, `sent`, `failed`).
 *
 * A custom banner or warning takes `role="alert"` for a block (announced at once) and
 * `role="status"` for a warning (announced politely), as {@link PolicyWarningBanner} does; render
 * it through `getWarningProps()` so the textarea and the send button point at it.
 *
 * @example
 * ```tsx
 * import { MessageComposer, OnPlatformProvider, ProtectedMessage } from 'onplatform';
 * import 'onplatform/styles.css';
 *
 * <OnPlatformProvider locale="en" policyUrl="/help/policy">
 *   <ProtectedMessage text={message.text} author={message.author} contractState={contract.state} onReport={sendReport} />
 *   <MessageComposer contractState={contract.state} onSend={(text) => api.send(conversationId, text)} draftKey={conversationId} />
 * </OnPlatformProvider>
 * ```
 *
 * @module onplatform
 */
export * from './core/index.js';
export { OnPlatformProvider, useOnPlatformSettings } from './hooks/OnPlatformProvider.js';
export type { OnPlatformProviderProps, OnPlatformSettings, UseOnPlatformSettingsResult } from './hooks/OnPlatformProvider.js';
export { useContactDetector } from './hooks/useContactDetector.js';
export { usePolicyGuard } from './hooks/usePolicyGuard.js';
export type { UsePolicyGuardOptions, UsePolicyGuardResult } from './hooks/usePolicyGuard.js';
export { useMessageComposer } from './hooks/useMessageComposer.js';
export type { UseMessageComposerOptions, UseMessageComposerResult } from './hooks/useMessageComposer.js';
export { COMPOSER_ACTIONS, composerReducer, CONFIRM_ARM_DELAY, INITIAL_COMPOSER_STATE } from './hooks/composerReducer.js';
export type {
  ComposerAction,
  ComposerActionType,
  ComposerState,
  ComposerStateChange,
  ComposerStatus,
  ComposerUndo,
} from './hooks/composerReducer.js';
export type { ComposerPart, ComposerPartChange, ComposerParts, ComposerPartState, ComposerStateReducer, ComposerStateReducerArgs } from './hooks/composerStateReducer.js';
export { DRAFT_ACTIONS } from './hooks/draftReducer.js';
export type { DraftAction, DraftState } from './hooks/draftReducer.js';
export { HELD_WARNING_ACTIONS } from './hooks/heldWarningReducer.js';
export type { HeldWarningAction, HeldWarningState } from './hooks/heldWarningReducer.js';
export { WHY_DISCLOSURE_ACTIONS } from './hooks/whyDisclosureReducer.js';
export type { WhyDisclosureAction, WhyDisclosureState, WhyDisclosureStateChange, WhyDisclosureStateReducer } from './hooks/whyDisclosureReducer.js';
export { FINDING_POPOVER_ACTIONS } from './hooks/findingPopoverReducer.js';
export type { FindingPopoverAction, FindingPopoverState } from './hooks/findingPopoverReducer.js';
export type { FindingPopover } from './hooks/useFindingPopover.js';
export type { ComposerPropGetters } from './hooks/composerPropGetters.js';
export type { DataAttributes, PropGetter } from './hooks/propGetter.js';
export { useProtectedMessage } from './hooks/useProtectedMessage.js';
export type {
  ProtectedRedactedOptions,
  ProtectedSegment,
  ProtectedTextOptions,
  UseProtectedMessageOptions,
  UseProtectedMessageResult,
} from './hooks/useProtectedMessage.js';
export { REPORT_REASONS, suggestReportReason, useReport } from './hooks/useReport.js';
export type { ReportEvidence, ReportReasonOption, ReportStatus, ReportSubmission, UseReportOptions, UseReportResult } from './hooks/useReport.js';
export { REPORT_ACTIONS, reportReducer } from './hooks/reportReducer.js';
export type { ReportAction, ReportActionType, ReportState, ReportStateChange, ReportStateReducer } from './hooks/reportReducer.js';
export { useReportDialog } from './hooks/useReportDialog.js';
export type { ReportDialogLabels, UseReportDialogOptions, UseReportDialogResult } from './hooks/useReportDialog.js';
export { MESSAGE_CATALOGUES, resolveMessages } from './messages/index.js';
export type { FoundMessage, KindNoun, MessageCatalogue, Messages, PluralForms, PluralMessage, ReportReason } from './messages/index.js';
export { HighlightedText } from './components/HighlightedText.js';
export type { HighlightedTextProps } from './components/HighlightedText.js';
export { PolicyWarningBanner } from './components/PolicyWarningBanner.js';
export type { PolicyWarningBannerProps } from './components/PolicyWarningBanner.js';
export { ReportButton } from './components/ReportButton.js';
export type { ReportButtonProps } from './components/ReportButton.js';
export { ProtectedMessage } from './components/ProtectedMessage.js';
export type { ProtectedMessageProps, ProtectedMessageRedactedProps, ProtectedMessageTextProps } from './components/ProtectedMessage.js';
export { MessageComposer } from './components/MessageComposer.js';
export type { MessageComposerProps } from './components/MessageComposer.js';

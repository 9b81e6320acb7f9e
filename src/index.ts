export * from './core/index.js';
export { OnPlatformProvider, useOnPlatformSettings } from './hooks/OnPlatformProvider.js';
export type { OnPlatformProviderProps, OnPlatformSettings, UseOnPlatformSettingsResult } from './hooks/OnPlatformProvider.js';
export { useContactDetector } from './hooks/useContactDetector.js';
export { usePolicyGuard } from './hooks/usePolicyGuard.js';
export type { UsePolicyGuardOptions, UsePolicyGuardResult } from './hooks/usePolicyGuard.js';
export { useMessageComposer } from './hooks/useMessageComposer.js';
export type { UseMessageComposerOptions, UseMessageComposerResult } from './hooks/useMessageComposer.js';
export { COMPOSER_ACTIONS, composerReducer, INITIAL_COMPOSER_STATE } from './hooks/composerReducer.js';
export type { ComposerAction, ComposerActionType, ComposerState, ComposerStateChange, ComposerStateReducer, ComposerStatus } from './hooks/composerReducer.js';
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
export { MESSAGE_CATALOGUES, resolveMessages } from './messages/index.js';
export type { Messages, ReportReason } from './messages/index.js';
export { HighlightedText } from './components/HighlightedText.js';
export type { HighlightedTextProps } from './components/HighlightedText.js';
export { PolicyWarningBanner } from './components/PolicyWarningBanner.js';
export type { PolicyWarningBannerProps } from './components/PolicyWarningBanner.js';
export { ReportButton } from './components/ReportButton.js';
export type { ReportButtonProps } from './components/ReportButton.js';
export { ProtectedMessage } from './components/ProtectedMessage.js';
export type { ProtectedMessageProps } from './components/ProtectedMessage.js';
export { MessageComposer } from './components/MessageComposer.js';
export type { MessageComposerProps } from './components/MessageComposer.js';

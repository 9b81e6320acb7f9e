import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { PolicyOverrides } from '../core/policy/policyTypes.js';
import type { DetectorOptions } from '../core/types.js';
import { type MessageCatalogue, type Messages, resolveMessages } from '../messages/index.js';
import { safePolicyUrl } from '../utils/safePolicyUrl.js';

export interface OnPlatformSettings {
  /** Policy overrides for every hook and component below. @default DEFAULT_POLICY */
  policy?: PolicyOverrides;
  /** Detector options for every hook and component below. @default {} */
  detectorOptions?: DetectorOptions;
  /** Per-key copy overrides. @default {} */
  messages?: Partial<Messages>;
  /**
   * Locale of the copy: a BCP 47 tag ('ar', 'pt-BR', 'zh-CN'). English and Spanish are built in;
   * pass other catalogues in `catalogues`. A locale without a catalogue shows English. @default 'en'
   */
  locale?: string;
  /**
   * Catalogues loaded from `onplatform/locales/<tag>`, keyed by their tag:
   * `catalogues={{ fr, 'pt-BR': ptBR }}`. `locale` picks the best match among them and the built-in
   * ones ('fr-CA' → 'fr', 'pt-PT' → 'pt-BR'). Keep the object stable (module scope or `useMemo`). @default {}
   */
  catalogues?: Readonly<Record<string, MessageCatalogue>>;
  /**
   * Where the "Read the policy" link points: an http(s) or relative URL. Anything else
   * (`javascript:`, `data:`, `vbscript:`…) is dropped, with a warning in development. @default undefined (no link)
   */
  policyUrl?: string;
}

export interface OnPlatformProviderProps extends OnPlatformSettings {
  children?: ReactNode;
}

/** The settings in effect: the provider's, with the caller's own options laid over them. */
export interface UseOnPlatformSettingsResult extends Omit<OnPlatformSettings, 'messages'> {
  /** The full catalogue for the locale, with every override applied (provider first, then own). */
  messages: Messages;
}

const OnPlatformContext = createContext<OnPlatformSettings>({});

/**
 * App-wide defaults. Hooks work without it; options passed to a hook win over the provider's.
 *
 * @param props - the settings every hook and component below reads, and `children`.
 *
 * @example
 * ```tsx
 * import { OnPlatformProvider } from 'onplatform';
 *
 * <OnPlatformProvider
 *   locale="es"
 *   policyUrl="/help/policy"
 *   policy={{ rules: { url: { none: 'allow' } } }}
 *   detectorOptions={{ defaultCountry: 'ES', allowDomains: ['yourmarket.example'] }}
 *   messages={{ send: 'Enviar mensaje' }}
 * >
 *   <App />
 * </OnPlatformProvider>
 * ```
 *
 * @group Components
 */
export function OnPlatformProvider({ children, policy, detectorOptions, messages, locale, catalogues, policyUrl }: OnPlatformProviderProps) {
  const value = useMemo(
    () => ({ policy, detectorOptions, messages, locale, catalogues, policyUrl }),
    [policy, detectorOptions, messages, locale, catalogues, policyUrl],
  );
  return <OnPlatformContext.Provider value={value}>{children}</OnPlatformContext.Provider>;
}

/**
 * The provider's settings merged with a component's own options (the own ones win; `messages`
 * per key). Every built-in hook and component reads its copy and policy through it; custom UI
 * does the same to show the app's wording and follow its policy, with or without a provider.
 *
 * ```tsx
 * const { messages, policyUrl } = useOnPlatformSettings();
 * <p {...composer.getWarningProps({ role: 'alert' })}>
 *   {messages.blockedHeadline} {policyUrl && <a href={policyUrl}>{messages.policyLinkLabel}</a>}
 * </p>
 * ```
 *
 * @group Hooks
 */
export function useOnPlatformSettings(own: OnPlatformSettings = {}): UseOnPlatformSettingsResult {
  const context = useContext(OnPlatformContext);
  const locale = own.locale ?? context.locale;
  const catalogues = own.catalogues ?? context.catalogues;
  const contextMessages = context.messages;
  const ownMessages = own.messages;
  const messages = useMemo(
    () => resolveMessages(locale, contextMessages || ownMessages ? { ...contextMessages, ...ownMessages } : undefined, catalogues),
    [locale, contextMessages, ownMessages, catalogues],
  );
  const policy = own.policy ?? context.policy;
  const detectorOptions = own.detectorOptions ?? context.detectorOptions;
  // Checked here, where every component and custom UI reads it: an unsafe own URL hides the link
  // rather than falling back to the provider's.
  const policyUrl = safePolicyUrl(own.policyUrl ?? context.policyUrl);
  // An empty URL (or locale) is none at all.
  return { messages, policy, detectorOptions, locale: locale || undefined, catalogues, policyUrl: policyUrl || undefined };
}

import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useEffect } from 'react';
import { OnPlatformProvider } from '../src/hooks/OnPlatformProvider';
import { ALL_CATALOGUES, RTL_LOCALES } from '../src/messages/all';
import '../src/styles/index.css';
import './preview.css';

const CONTRACT_STATES = ['none', 'pending', 'active', 'ended'];

/** Each shipped locale under its own name, as a language menu shows it. */
const LOCALE_ITEMS = Object.keys(ALL_CATALOGUES).map((tag) => ({
  value: tag,
  title: `${new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag} (${tag})`,
}));

/**
 * Applies the toolbar's locale, theme and direction to every story, and passes the toolbar's
 * contract state to stories that take a `contractState` (or `initialContractState`) arg (a story's
 * own arg wins when the toolbar is left on "story default"). The direction follows the locale
 * ("auto": right-to-left for Arabic) unless the toolbar or the story sets one.
 */
function ToolbarFrame({ theme, direction, locale, children }: { theme: string; direction: string; locale: string; children: ReactNode }) {
  // Portalled tooltips and the report dialog's top layer render outside the frame, so the document
  // gets the theme, direction and language too.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dir = direction;
    document.documentElement.lang = locale;
  }, [theme, direction, locale]);
  return (
    <div className="sb-frame" data-theme={theme} dir={direction} lang={locale}>
      {children}
    </div>
  );
}

const CONTRACT_ARGS = ['contractState', 'initialContractState'];

const withToolbarGlobals: Decorator = (Story, context) => {
  const { theme, direction, contractState, locale: chosenLocale, englishForInteractions } = context.globals as Record<string, string | undefined>;
  const contractArg = CONTRACT_ARGS.find((name) => name in context.args);
  const args = contractState && contractState !== 'story' && contractArg ? { ...context.args, [contractArg]: contractState } : context.args;
  // The second story test project runs every story in Arabic, right to left. A play function that
  // finds controls by their English names keeps the English copy there (still right to left); the
  // Arabic copy of those states is asserted by stories/Locales.stories.tsx.
  // A story opts in with `parameters.playReadsLocale`, or pins its own `globals.locale`.
  const hasPlay = typeof (context as { playFunction?: unknown }).playFunction === 'function';
  const playReadsEnglish = hasPlay && !context.parameters.playReadsLocale && !('locale' in (context.storyGlobals ?? {}));
  const locale = englishForInteractions === 'yes' && playReadsEnglish ? 'en' : (chosenLocale ?? 'en');
  const toolbarLocale = chosenLocale ?? 'en';
  const resolvedDirection = !direction || direction === 'auto' ? (RTL_LOCALES.includes(toolbarLocale) ? 'rtl' : 'ltr') : direction;
  return (
    <ToolbarFrame theme={theme ?? 'light'} direction={resolvedDirection} locale={locale}>
      <OnPlatformProvider locale={locale} catalogues={ALL_CATALOGUES}>
        <Story args={args} />
      </OnPlatformProvider>
    </ToolbarFrame>
  );
};

const preview: Preview = {
  decorators: [withToolbarGlobals],
  globalTypes: {
    contractState: {
      description: 'Contract state of the conversation',
      toolbar: {
        title: 'Contract',
        icon: 'document',
        items: [{ value: 'story', title: 'Story default' }, ...CONTRACT_STATES.map((state) => ({ value: state, title: state }))],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the built-in copy (OnPlatformProvider locale)',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALE_ITEMS, dynamicTitle: true },
    },
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction (auto: from the locale)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [{ value: 'auto', title: 'auto (from locale)' }, 'ltr', 'rtl'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { contractState: 'story', locale: 'en', theme: 'light', direction: 'auto' },
  parameters: {
    // Accessibility violations fail the story tests, not just warn.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;

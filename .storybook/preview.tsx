import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useEffect } from 'react';
import '../src/styles/index.css';
import './preview.css';

const CONTRACT_STATES = ['none', 'pending', 'active', 'ended'];

/**
 * Applies the toolbar's theme and direction to every story, and passes the toolbar's contract
 * state to stories that take a `contractState` arg (a story's own arg wins when the toolbar is
 * left on "story default").
 */
function ToolbarFrame({ theme, direction, children }: { theme: string; direction: string; children: ReactNode }) {
  // Portalled tooltips render outside the frame, so the document gets the theme and direction too.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dir = direction;
  }, [theme, direction]);
  return (
    <div className="sb-frame" data-theme={theme} dir={direction}>
      {children}
    </div>
  );
}

const withToolbarGlobals: Decorator = (Story, context) => {
  const { theme, direction, contractState } = context.globals as Record<string, string | undefined>;
  const args =
    contractState && contractState !== 'story' && 'contractState' in context.args
      ? { ...context.args, contractState }
      : context.args;
  return (
    <ToolbarFrame theme={theme ?? 'light'} direction={direction ?? 'ltr'}>
      <Story args={args} />
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
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { contractState: 'story', theme: 'light', direction: 'ltr' },
  parameters: {
    // Accessibility violations fail the story tests, not just warn.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;

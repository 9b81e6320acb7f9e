import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { useState } from 'react';
import { ReportButton } from '../src/components/ReportButton';
import { REPORT_ACTIONS } from '../src/hooks/reportReducer';
import { detectContactInfo } from '../src/core/detectContactInfo';
import { pressKey } from './support/pressKey';
import { CALLBACK_ARG_TYPES } from './support/callbackArgTypes';
import { DEFAULT_VIEWPORT, isTestRun, setViewport } from './support/touch';

const text = 'Interview will be on Telegram, and pay me via Western Union to save fees';
const paymentOnly = 'Pay me via Western Union to save fees';

const meta = {
  title: 'Components/ReportButton',
  component: ReportButton,
  args: { evidence: { messageId: 'm-1', text, matches: detectContactInfo(text) }, onReport: fn() },
  argTypes: { onReport: CALLBACK_ARG_TYPES.onReport, onBlockUser: CALLBACK_ARG_TYPES.onBlockUser },
} satisfies Meta<typeof ReportButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {};

/** Left open, so the story's axe pass checks the open dialog too. */
export const DialogOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Report' });
    await userEvent.click(trigger);
    // No portal: the <dialog> sits next to its button and shows in the top layer.
    const dialog = await canvas.findByRole('dialog', { name: 'Report this message' });
    await expect(dialog).toHaveAccessibleDescription('Tell us what’s wrong. The message and what we found in it are attached.');
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(trigger).toHaveAttribute('aria-controls', dialog.id);
    // Telegram and Western Union: the payment request comes first, as in the message's caution.
    await expect(canvas.getByRole('radio', { name: 'Asks for payment outside the platform' })).toBeChecked();
    // The page behind a modal dialog is inert: it can't take focus.
    trigger.focus();
    await expect(trigger).not.toHaveFocus();
    await expect(dialog).toContainElement(document.activeElement as HTMLElement);
  },
};

/** Keyboard only: focus lands on the suggested reason, Escape closes, focus goes back to the button. */
export const KeyboardEscape: Story = {
  args: { evidence: { messageId: 'm-2', text: paymentOnly, matches: detectContactInfo(paymentOnly) } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Report' });
    trigger.focus();
    await pressKey('{Enter}');
    const dialog = await canvas.findByRole('dialog', { name: 'Report this message' });
    // The suggested reason is the second radio; left alone, the browser would focus the first.
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'Asks for payment outside the platform' })).toHaveFocus());
    await pressKey('{Escape}');
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onReport).not.toHaveBeenCalled();
  },
};

/** Cancel and a click on the backdrop both close the dialog and give focus back to the button. */
export const CancelAndBackdrop: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Report' });
    await userEvent.click(trigger);
    await userEvent.click(await canvas.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();

    await userEvent.click(trigger);
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(canvas.getByRole('heading', { name: 'Report this message' }));
    await expect(dialog).toHaveAttribute('open');
    // A click on ::backdrop targets the dialog element itself (its padding lives on the content).
    await userEvent.click(dialog);
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(trigger).toHaveFocus();
  },
};

export const ReportsOnce: Story = {
  args: { onReport: fn(() => new Promise((resolve) => setTimeout(resolve, 200))) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Report' }));
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(canvas.getByRole('radio', { name: 'Asks for payment outside the platform' }));
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Send report' }));
    await expect(dialog).toHaveAttribute('aria-busy', 'true');
    const close = await canvas.findByRole('button', { name: 'Close' });
    await expect(args.onReport).toHaveBeenCalledTimes(1);
    await userEvent.click(close);
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(dialog.matches(':modal')).toBe(false);
    const done = canvas.getByRole('button', { name: 'Reported' });
    await expect(done).toHaveAttribute('aria-disabled', 'true');
    await expect(done).toHaveFocus();
  },
};

let attempts = 0;

export const FailedThenRetried: Story = {
  // The first attempt fails (offline), the retry succeeds.
  args: { onReport: fn(() => (attempts++ === 0 ? Promise.reject(new Error('offline')) : Promise.resolve())) },
  beforeEach: () => {
    attempts = 0;
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Report' }));
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Add a note (optional)' }), 'asked twice');
    await userEvent.click(canvas.getByRole('button', { name: 'Send report' }));
    await expect(await canvas.findByText('The report couldn’t be sent. Please try again.')).toBeInTheDocument();
    await expect(canvas.getByRole('dialog')).toHaveAttribute('open');
    await expect(canvas.getByRole('textbox', { name: 'Add a note (optional)' })).toHaveValue('asked twice');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(args.onReport).toHaveBeenCalledTimes(2));
    await canvas.findByRole('button', { name: 'Close' });
    await expect(args.onReport).toHaveBeenLastCalledWith(expect.objectContaining({ details: 'asked twice' }));
  },
};

/**
 * Where `showModal()` is missing (jsdom in an app's own tests, Safari before 15.4) the dialog opens
 * with the `open` attribute instead, and the component does the browser's part: focus on the
 * suggested reason, Escape to close, focus back to the button. Here the method is taken away.
 */
export const WithoutShowModal: Story = {
  args: { evidence: { messageId: 'm-3', text: paymentOnly, matches: detectContactInfo(paymentOnly) } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const dialogElement = canvasElement.querySelector('dialog')!;
    Object.defineProperty(dialogElement, 'showModal', { value: undefined, configurable: true });
    const trigger = canvas.getByRole('button', { name: 'Report' });
    trigger.focus();
    await pressKey('{Enter}');
    const dialog = await canvas.findByRole('dialog', { name: 'Report this message' });
    await expect(dialog).toHaveAttribute('open');
    await expect(dialog.matches(':modal')).toBe(false);
    await waitFor(() => expect(canvas.getByRole('radio', { name: 'Asks for payment outside the platform' })).toHaveFocus());
    await pressKey('{Escape}');
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onReport).not.toHaveBeenCalled();
  },
};

/** After sending: a plain-text thank-you in the dialog with a Close button (left open for axe). */
export const ThankYou: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Report' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Send report' }));
    const close = await canvas.findByRole('button', { name: 'Close' });
    await expect(close).toHaveFocus();
    const dialog = canvas.getByRole('dialog');
    await expect(dialog).toHaveAccessibleDescription('Thanks — our team will review this message.');
    await expect(canvas.getByRole('status')).toHaveTextContent('Thanks — our team will review this message.');
    await expect(canvas.queryByRole('radio')).not.toBeInTheDocument();
    await expect(args.onReport).toHaveBeenCalledTimes(1);
  },
};

/** Controlled: the app holds `open` (here a link in a menu opens the dialog) and hears every change. */
export const Controlled: Story = {
  args: { onOpenChange: fn() },
  render: function Render(args) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Report from the menu
        </button>
        <ReportButton
          {...args}
          open={open}
          onOpenChange={(next) => {
            args.onOpenChange?.(next);
            setOpen(next);
          }}
        />
      </>
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Report from the menu' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Report this message' });
    await expect(dialog.matches(':modal')).toBe(true);
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
  },
};

/** `stateReducer` steers the flow: this app skips the thank-you, so the dialog closes once the report is sent. */
export const WithStateReducer: Story = {
  args: { stateReducer: (_state, { type, changes }) => (type === REPORT_ACTIONS.succeeded ? { ...changes, thankYou: 'closed' } : changes) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Report' }));
    const dialog = await canvas.findByRole('dialog');
    await userEvent.click(canvas.getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    await expect(canvas.getByRole('button', { name: 'Reported' })).toHaveAttribute('aria-disabled', 'true');
    await expect(args.onReport).toHaveBeenCalledTimes(1);
  },
};

/** The host can block: "Scam or fraud" and "Also block this person", which blocks after the report. */
export const ScamAndBlock: Story = {
  args: { onBlockUser: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Report' }));
    await userEvent.click(await canvas.findByRole('radio', { name: 'Scam or fraud' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Also block this person' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send report' }));
    await canvas.findByRole('button', { name: 'Close' });
    await expect(args.onReport).toHaveBeenCalledWith(expect.objectContaining({ reason: 'scam' }));
    await expect(args.onBlockUser).toHaveBeenCalledTimes(1);
  },
};

/**
 * 200% zoom on a 1280 × 720 window is a 640 × 360 CSS viewport: the reasons scroll inside the
 * dialog while Cancel and Send report stay pinned in view.
 */
export const At200PercentZoom: Story = {
  args: { onBlockUser: fn() },
  beforeEach: async () => {
    await setViewport(640, 360);
    return () => setViewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Report' }));
    const dialog = await canvas.findByRole('dialog');
    if (!isTestRun()) return;
    await waitFor(() => expect(window.innerHeight).toBe(360));
    await expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight); // it does have to scroll
    const inView = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      const frame = dialog.getBoundingClientRect();
      return box.top >= frame.top && box.bottom <= frame.bottom && box.bottom <= window.innerHeight;
    };
    for (const name of ['Cancel', 'Send report']) await expect(inView(canvas.getByRole('button', { name }))).toBe(true);
    // Scrolled to the end, the note and the block choice come into view, the buttons stay.
    dialog.scrollTop = dialog.scrollHeight;
    await waitFor(() => expect(inView(canvas.getByRole('checkbox', { name: 'Also block this person' }))).toBe(true));
    for (const name of ['Cancel', 'Send report']) await expect(inView(canvas.getByRole('button', { name }))).toBe(true);
  },
};

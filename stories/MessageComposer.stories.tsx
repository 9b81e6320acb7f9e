import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentProps, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MessageComposer } from '../src/components/MessageComposer';
import { checkMessage } from '../src/core/policy/checkMessage';
import { COMPOSER_ACTIONS, CONFIRM_ARM_DELAY } from '../src/hooks/composerReducer';
import type { ComposerStateReducer } from '../src/hooks/composerStateReducer';
import { HELD_WARNING_ACTIONS } from '../src/hooks/heldWarningReducer';
import { clickAt, screenshot, tap } from './support/browserOnly';
import { CALLBACK_ARG_TYPES } from './support/callbackArgTypes';
import { pressKey } from './support/pressKey';

const meta = {
  title: 'Components/MessageComposer',
  component: MessageComposer,
  args: { contractState: 'none', onSend: fn(), onBlockedSend: fn() },
  argTypes: {
    contractState: { control: 'inline-radio', options: ['none', 'pending', 'active', 'ended'] },
    onSend: CALLBACK_ARG_TYPES.onSend,
    onBlockedSend: CALLBACK_ARG_TYPES.onBlockedSend,
    onDispute: CALLBACK_ARG_TYPES.onDispute,
    onValueChange: CALLBACK_ARG_TYPES.onValueChange,
    onFindingOpenChange: CALLBACK_ARG_TYPES.onFindingOpenChange,
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof MessageComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

const textbox = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** Where a flagged word's underline is, relative to the textarea: the middle of its first line box. */
const markOffset = (canvasElement: HTMLElement, kind: string) => {
  const mark = canvasElement.querySelector(`.op-MessageComposer-mark[data-kind="${kind}"]`)!.getClientRects()[0]!;
  const box = textbox(canvasElement).getBoundingClientRect();
  return { x: mark.left - box.left + Math.min(mark.width / 2, 12), y: mark.top - box.top + mark.height / 2 };
};

export const Allowed: Story = { args: { defaultValue: 'The first draft of the logo is attached. Happy to iterate!' } };

export const Warned: Story = { args: { defaultValue: 'You can see more of my work at myportfolio.io' } };

export const Blocked: Story = {
  args: { defaultValue: 'Sure! Text me on +1 917 442 0188 or ana.designs (at) gmail (dot) com' },
};

export const PaymentDuringContract: Story = {
  args: { contractState: 'active', defaultValue: 'Pay me via PayPal and I will give you a 10% discount' },
};

export const NearTheLimit: Story = { args: { maxLength: 80, defaultValue: 'A message that is getting close to the limit of eighty characters' } };

export const RightToLeft: Story = {
  args: { defaultValue: 'مرحبا، رقمي هو +971 50 123 4567 شكرا' },
  globals: { direction: 'rtl' },
};

export const Dark: Story = { args: { defaultValue: 'whatsapp me: +1 917 442 0188' }, globals: { theme: 'dark' } };

export const Sending: Story = {
  args: { defaultValue: 'The files are ready', onSend: fn(() => new Promise<void>(() => undefined)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    // aria-disabled, not disabled: the button keeps focus while the message goes out.
    await expect(await canvas.findByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: 'Sending…' })).toHaveFocus();
  },
};

export const SendFailed: Story = {
  args: { defaultValue: 'The files are ready', onSend: fn(() => Promise.reject(new Error('offline'))) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(await canvas.findByText('Your message wasn’t sent. Your text is still here.')).toBeInTheDocument();
    await expect(textbox(canvasElement)).toHaveValue('The files are ready');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onSend).toHaveBeenCalledTimes(2);
    await expect(textbox(canvasElement)).toHaveValue('The files are ready');
  },
};

export const TypingAPhoneNumberBlocks: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(textbox(canvasElement), 'my number is nine one seven four four two oh one eight eight');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('You can share phone numbers once the contract starts.');
    await expect(canvas.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvasElement.querySelector('.op-MessageComposer-mark[data-kind="phone"]')).not.toBeNull();
    await expect(textbox(canvasElement)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSend).not.toHaveBeenCalled();
    // Enter is never silent: the live region says why, and focus stays in the text.
    await expect(canvasElement.querySelector('.op-MessageComposer-notice')).toHaveTextContent('Not sent.');
    await expect(textbox(canvasElement)).toHaveFocus();
  },
};

/** With `submitOnEnter={false}` Enter is a newline; Ctrl+Enter (Cmd+Enter on macOS) still sends. */
export const CtrlEnterSends: Story = {
  args: { submitOnEnter: false },
  play: async ({ canvasElement, args }) => {
    textbox(canvasElement).focus();
    await pressKey('first line{Enter}second line');
    await expect(textbox(canvasElement)).toHaveValue('first line\nsecond line');
    await expect(args.onSend).not.toHaveBeenCalled();
    await pressKey('{Control>}{Enter}{/Control}');
    await expect(args.onSend).toHaveBeenCalledTimes(1);
    await expect(args.onSend).toHaveBeenCalledWith('first line\nsecond line', expect.objectContaining({ decision: 'allow' }));
    await waitFor(() => expect(textbox(canvasElement)).toHaveValue(''));
  },
};

/** Ctrl+Enter takes the send button's path: a blocked draft stays as it is, without a newline. */
export const CtrlEnterOnABlockedDraft: Story = {
  args: { submitOnEnter: false, defaultValue: 'call me on +1 917 442 0188' },
  play: async ({ canvasElement, args }) => {
    textbox(canvasElement).focus();
    await pressKey('{Control>}{Enter}{/Control}');
    await expect(args.onSend).not.toHaveBeenCalled();
    await expect(args.onBlockedSend).toHaveBeenCalledTimes(1);
    await expect(textbox(canvasElement)).toHaveValue('call me on +1 917 442 0188');
  },
};

export const RemoveContactDetails: Story = {
  args: { defaultValue: 'Great, my address is ana@mail.co and we can start' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove contact details' }));
    // The cue words go with the detail, so the sentence still reads; checked at once.
    await expect(textbox(canvasElement)).toHaveValue('Great, we can start');
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled');
    await expect(canvasElement.querySelector('.op-MessageComposer-notice')).toHaveTextContent('Removed.');
    await screenshot('removed-with-undo-360', 360);
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(textbox(canvasElement)).toHaveValue('Great, my address is ana@mail.co and we can start');
    await expect(await canvas.findByRole('alert')).toBeInTheDocument();
  },
};

/** The removal is one step on the browser's own undo stack: Ctrl+Z brings the text back. */
export const RemoveThenCtrlZ: Story = {
  args: { defaultValue: 'sure, text me on nine one seven four four two oh one eight eight' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove contact details' }));
    await expect(textbox(canvasElement)).toHaveValue('sure');
    await expect(textbox(canvasElement)).toHaveFocus();
    await pressKey('{Control>}z{/Control}');
    await expect(textbox(canvasElement)).toHaveValue('sure, text me on nine one seven four four two oh one eight eight');
    await expect(await canvas.findByRole('alert')).toBeInTheDocument();
  },
};

export const RemoveLink: Story = {
  args: { defaultValue: 'More samples of my work at myportfolio.io' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Remove link' }));
    await expect(textbox(canvasElement)).toHaveValue('More samples of my work');
  },
};

export const RemovePaymentRequest: Story = {
  args: { contractState: 'active', defaultValue: 'Pay me via PayPal and I will give you a 10% discount' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Remove payment request' }));
    await expect(textbox(canvasElement)).toHaveValue('I will give you a 10% discount');
  },
};

/** A click into an underline opens what was found, the rule, and "Remove" for just that finding. */
export const FindingPopover: Story = {
  args: { defaultValue: 'See myportfolio.io or call +1 917 442 0188 tonight', onDispute: fn() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const { x, y } = markOffset(canvasElement, 'phone');
    await clickAt(textbox(canvasElement), x, y, 30);
    const popover = await canvas.findByRole('dialog', { name: /Phone number/ });
    await expect(popover).toHaveTextContent('You can share phone numbers once the contract starts.');
    await expect(textbox(canvasElement).getAttribute('aria-describedby')).toContain(popover.id);
    await userEvent.click(within(popover).getByRole('button', { name: 'Remove' }));
    await expect(textbox(canvasElement)).toHaveValue('See myportfolio.io tonight');
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/** Touch: a real tap (Chromium's touch emulation) on the underline opens the same popover. */
export const FindingPopoverByTouch: Story = {
  args: { defaultValue: 'ok, call +1 917 442 0188 tonight', onDispute: fn() },
  play: async ({ canvasElement }) => {
    const { x, y } = markOffset(canvasElement, 'phone');
    if (!(await tap(textbox(canvasElement), x, y))) return;
    const popover = await within(canvasElement).findByRole('dialog', { name: /Phone number/ });
    await expect(within(popover).getByRole('button', { name: 'This isn’t contact info' })).toBeVisible();
    await screenshot('finding-popover-touch-360', 360);
  },
};

/** Keyboard: the arrow keys into a finding open it; Tab reaches its buttons next; Escape closes it. */
export const FindingPopoverByKeyboard: Story = {
  args: { defaultValue: 'mail ana@mail.co today' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const textarea = textbox(canvasElement);
    textarea.focus();
    textarea.setSelectionRange(5, 5);
    await pressKey('{ArrowRight}');
    const popover = await canvas.findByRole('dialog', { name: /Email address/ });
    await pressKey('{Tab}');
    await expect(within(popover).getByRole('button', { name: 'Remove' })).toHaveFocus();
    await pressKey('{Escape}');
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
    await expect(textarea).toHaveFocus();
  },
};

/** "This isn't contact info" tells the platform (onDispute) and lets the draft go after a confirmation. */
export const DisputeAFinding: Story = {
  args: { defaultValue: 'The permit is 0612 345 678', onDispute: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const { x, y } = markOffset(canvasElement, 'phone');
    await clickAt(textbox(canvasElement), x, y, 26);
    const popover = await canvas.findByRole('dialog');
    await userEvent.click(within(popover).getByRole('button', { name: 'This isn’t contact info' }));
    await expect(args.onDispute).toHaveBeenCalledWith(expect.objectContaining({ kind: 'phone', text: '0612 345 678' }));
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-decision', 'warn');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(canvas.getByRole('button', { name: 'Send anyway' })).toBeInTheDocument();
    await sleep(CONFIRM_ARM_DELAY);
    await userEvent.click(canvas.getByRole('button', { name: 'Send anyway' }));
    await expect(args.onSend).toHaveBeenCalledTimes(1);
  },
};

/** A blocked Send stays focusable; pressing it moves focus to the banner, which says why. */
export const BlockedSendExplains: Story = {
  args: { defaultValue: 'whatsapp me: +1 917 442 0188' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const send = canvas.getByRole('button', { name: 'Send' });
    send.focus();
    await expect(send).toHaveFocus();
    await userEvent.click(send);
    await expect(args.onSend).not.toHaveBeenCalled();
    await expect(canvas.getByRole('alert')).toHaveFocus();
  },
};

const REFUSED_DRAFT = 'Call me on +1 917 442 0188 tomorrow';
// The server knows better: the contract ended a minute ago, so its own check refuses the number.
const serverRefusal = () => Object.assign(new Error('422'), checkMessage(REFUSED_DRAFT, { contractState: 'none' }));

/** The server's own check refused the message: its findings show as a block, no Retry, the draft stays. */
export const ServerRejection: Story = {
  args: { contractState: 'active', defaultValue: REFUSED_DRAFT, onSend: fn(() => Promise.reject(serverRefusal())) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('We found');
    await expect(canvasElement.querySelector('.op-MessageComposer-notice')).toHaveTextContent('The platform didn’t accept this message.');
    await expect(canvas.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
    await expect(textbox(canvasElement)).toHaveValue(REFUSED_DRAFT);
    await expect(canvasElement.querySelector('.op-MessageComposer-mark[data-kind="phone"]')).toHaveTextContent('+1 917 442 0188');
    await screenshot('server-rejection-360', 360);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove contact details' }));
    await expect(textbox(canvasElement)).toHaveValue('Tomorrow');
  },
};

/** No amber flash mid-sentence: "text me on" waits while the next words are typed, then the number blocks. */
export const NoWarningFlashWhileTyping: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(textbox(canvasElement), 'sure, text me on ');
    await sleep(100);
    await expect(canvasElement.querySelector('.op-PolicyWarningBanner')).toBeNull();
    await userEvent.type(textbox(canvasElement), 'nine one seven four four two oh one eight eight');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('phone number');
  },
};

/** Narrow screens: the banner sits below Send (it never pushes it) in a compact form. */
export const Narrow360: Story = {
  args: { defaultValue: 'Sure! Text me on +1 917 442 0188, ana.designs (at) gmail (dot) com or at myportfolio.io' },
  play: async ({ canvasElement }) => {
    const send = within(canvasElement).getByRole('button', { name: 'Send' });
    const banner = canvasElement.querySelector('.op-PolicyWarningBanner')!;
    await expect(send.getBoundingClientRect().bottom).toBeLessThanOrEqual(banner.getBoundingClientRect().top);
    await screenshot('composer-blocked-360', 360);
    await screenshot('composer-blocked-zoom200', 1280, 2);
  },
};

/** Send does not move when the banner appears: its place depends on the text only. */
export const SendDoesNotJump: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const send = canvas.getByRole('button', { name: 'Send' });
    await userEvent.type(textbox(canvasElement), 'call me on +1 917 442 0188');
    const before = send.getBoundingClientRect().top;
    await canvas.findByRole('alert');
    await expect(send.getBoundingClientRect().top).toBe(before);
  },
};

/** The first Send on a warning asks, in words, for a confirmation that a double-click cannot give. */
export const WarningNeedsOneConfirmation: Story = {
  args: { defaultValue: 'More samples on myportfolio.io' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Send' }));
    await expect(args.onSend).not.toHaveBeenCalled();
    await expect(canvasElement.querySelector('.op-MessageComposer-notice')).toHaveTextContent('This message includes a link.');
    await screenshot('confirm-step-zoom200', 1280, 2);
    await sleep(CONFIRM_ARM_DELAY);
    await userEvent.click(canvas.getByRole('button', { name: 'Send anyway' }));
    await expect(args.onSend).toHaveBeenCalledTimes(1);
  },
};

/** The parent owns the draft: `value` + `onValueChange`. */
function ControlledComposer(args: ComponentProps<typeof MessageComposer>) {
  const [value, setValue] = useState('Controlled draft: ana@mail.co');
  return (
    <div>
      <MessageComposer {...args} value={value} onValueChange={setValue} />
      <p>Characters in the parent state: {value.length}</p>
    </div>
  );
}

export const Controlled: Story = {
  render: (args) => <ControlledComposer {...args} />,
};

/**
 * The parent owns whether a finding's popover shows: `findingOpen` + `onFindingOpenChange`, as
 * Radix's `open` / `onOpenChange`. Its own button opens the popover on the draft's first finding;
 * the caret, Escape and the popover's buttons ask the parent, which here always agrees.
 */
function ControlledFindingComposer(args: ComponentProps<typeof MessageComposer>) {
  const [findingOpen, setFindingOpen] = useState(false);
  return (
    <div>
      <MessageComposer {...args} findingOpen={findingOpen} onFindingOpenChange={setFindingOpen} />
      <button type="button" className="op-Button" onClick={() => setFindingOpen(true)}>
        Review the finding
      </button>
      <p>Popover in the parent state: {findingOpen ? 'open' : 'closed'}</p>
    </div>
  );
}

export const ControlledFindingPopover: Story = {
  args: { defaultValue: 'mail ana@mail.co today' },
  render: (args) => <ControlledFindingComposer {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Review the finding' }));
    const popover = await canvas.findByRole('dialog', { name: /Email address/ });
    await expect(canvas.getByText('Popover in the parent state: open')).toBeInTheDocument();
    // Escape in the popover asks the parent to close it, and focus goes back to the text.
    within(popover).getByRole('button', { name: 'Remove' }).focus();
    await pressKey('{Escape}');
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
    await expect(canvas.getByText('Popover in the parent state: closed')).toBeInTheDocument();
    await expect(textbox(canvasElement)).toHaveFocus();
    // The arrow keys into the finding ask the parent to open it again.
    textbox(canvasElement).setSelectionRange(5, 5);
    await pressKey('{ArrowRight}');
    await expect(await canvas.findByRole('dialog', { name: /Email address/ })).toBeInTheDocument();
    await expect(canvas.getByText('Popover in the parent state: open')).toBeInTheDocument();
  },
};

export const WithStateReducer: Story = {
  args: {
    defaultValue: 'See myportfolio.io',
    // This app skips the confirmation step: warned drafts go out on the first send.
    stateReducer: (_state, { type, changes }) =>
      type === COMPOSER_ACTIONS.sendRequested ? { ...changes, status: 'idle', acknowledged: true } : changes,
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send' }));
    await expect(args.onSend).toHaveBeenCalledTimes(1);
  },
};

/**
 * The composer's `stateReducer` sees the actions of every part, not only sending. This app makes
 * payment a warning and never holds one back while the person types: a warning that just appeared
 * under the caret normally waits for a pause (`NoWarningFlashWhileTyping`), a payment one shows at once.
 */
export const PaymentWarningNeverHeld: Story = {
  args: {
    policy: { rules: { payment: { none: 'warn' } } },
    defaultValue: 'I can pay you via PayPa',
    stateReducer: fn<ComposerStateReducer>((_state, change) =>
      change.type === HELD_WARNING_ACTIONS.shown && change.verdict.violations.some((violation) => violation.kind === 'payment')
        ? { ...change.changes, holding: false }
        : change.changes,
    ),
  },
  play: async ({ canvasElement, args }) => {
    await userEvent.type(textbox(canvasElement), 'l');
    // The built-in reducer proposed to hold the warning back (the caret is right after the finding)…
    await waitFor(() =>
      expect(args.stateReducer).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ part: 'heldWarning', type: HELD_WARNING_ACTIONS.shown, holding: true })),
    );
    // …and the app's reducer refused: the banner is there without a pause in typing.
    const banner = await waitFor(() => within(canvasElement).getByText('Check this message before sending'));
    await expect(banner.closest('.op-PolicyWarningBanner')).toHaveAttribute('data-decision', 'warn');
  },
};

const LONG_DRAFT = `${'Here is the plan for the week, with the milestones we agreed on and a few notes about the files. '.repeat(24)}Call me on +1 917 442 0188 tonight.`;

/**
 * A draft taller than the field: the textarea scrolls, and the underline layer has to keep the
 * same line width (room for the scrollbar) and move with it, or the marks would drift off their words.
 */
export const LongDraft: Story = {
  args: { defaultValue: LONG_DRAFT },
  play: async ({ canvasElement }) => {
    const textarea = textbox(canvasElement) as HTMLTextAreaElement;
    const underlines = canvasElement.querySelector<HTMLElement>('.op-MessageComposer-underlines')!;
    const field = canvasElement.querySelector<HTMLElement>('.op-MessageComposer-field')!;
    await expect(textarea.scrollHeight).toBeGreaterThan(textarea.clientHeight);
    await expect(underlines.clientWidth).toBe(textarea.clientWidth);
    textarea.scrollTop = textarea.scrollHeight;
    await waitFor(() => expect(underlines.style.transform).toBe(`translateY(${-textarea.scrollTop}px)`));
    const mark = canvasElement.querySelector('.op-MessageComposer-mark')!.getBoundingClientRect();
    const box = field.getBoundingClientRect();
    await expect(mark.top).toBeGreaterThanOrEqual(box.top);
    await expect(mark.bottom).toBeLessThanOrEqual(box.bottom);
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentProps, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MessageComposer } from '../src/components/MessageComposer';
import { COMPOSER_ACTIONS } from '../src/hooks/composerReducer';
import { pressKey } from './support/pressKey';

const meta = {
  title: 'Components/MessageComposer',
  component: MessageComposer,
  args: { contractState: 'none', onSend: fn(), onBlockedSend: fn() },
  argTypes: { contractState: { control: 'inline-radio', options: ['none', 'pending', 'active', 'ended'] } },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof MessageComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

const textbox = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: 'Message' });

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
    await expect(await canvas.findByRole('button', { name: 'Sending…' })).toBeDisabled();
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
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeDisabled();
    await expect(canvasElement.querySelector('.op-MessageComposer-mark[data-kind="phone"]')).not.toBeNull();
    await expect(textbox(canvasElement)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSend).not.toHaveBeenCalled();
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
    await expect(textbox(canvasElement)).toHaveValue('Great, my address is and we can start');
    await waitFor(() => expect(canvas.queryByRole('alert')).not.toBeInTheDocument());
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeEnabled();
  },
};

export const WarningNeedsOneConfirmation: Story = {
  args: { defaultValue: 'More samples on myportfolio.io' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await expect(args.onSend).not.toHaveBeenCalled();
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

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ReportButton } from '../src/components/ReportButton';
import { detectContactInfo } from '../src/core/detectContactInfo';

const text = 'Interview will be on Telegram, and pay me via Western Union to save fees';

const meta = {
  title: 'Components/ReportButton',
  component: ReportButton,
  args: { evidence: { messageId: 'm-1', text, matches: detectContactInfo(text) }, onReport: fn() },
} satisfies Meta<typeof ReportButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const body = () => within(document.body);

export const Idle: Story = {};

export const DialogOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Report' }));
    await expect(await body().findByRole('dialog', { name: 'Report this message' })).toBeInTheDocument();
    await expect(body().getByRole('radio', { name: 'Asks to move the conversation off the platform' })).toBeChecked();
  },
};

export const ReportsOnce: Story = {
  args: { onReport: fn(() => new Promise((resolve) => setTimeout(resolve, 200))) },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Report' }));
    await userEvent.click(await body().findByRole('radio', { name: 'Asks for payment outside the platform' }));
    await userEvent.dblClick(body().getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(body().queryByRole('dialog')).not.toBeInTheDocument());
    await expect(args.onReport).toHaveBeenCalledTimes(1);
    await expect(within(canvasElement).getByRole('button', { name: 'Thanks — our team will review this message.' })).toBeDisabled();
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
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Report' }));
    await userEvent.click(await body().findByRole('button', { name: 'Send report' }));
    await expect(await body().findByText('The report couldn’t be sent. Please try again.')).toBeInTheDocument();
    await userEvent.click(body().getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(args.onReport).toHaveBeenCalledTimes(2));
  },
};

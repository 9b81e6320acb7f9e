import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DetectorPlayground } from './playground/DetectorPlayground';

const meta = {
  title: 'Core/Detector playground',
  component: DetectorPlayground,
  args: {
    initialText:
      'Hi! Text me on nine one seven, four four two, oh one eight eight or ana (at) gmail (dot) com. ' +
      "Let's continue on WhatsApp, and pay me via PayPal to save fees. Budget $1,500, deadline 12.03.2025.",
  },
} satisfies Meta<typeof DetectorPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const TypingAPhoneNumber: Story = {
  args: { initialText: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Message'), 'call me at +1 917 442 0188');
    const matches = canvas.getByRole('table', { name: 'Matches' });
    await expect(within(matches).getByRole('cell', { name: 'phone' })).toBeInTheDocument();
    await expect(within(matches).getByRole('cell', { name: '+19174420188' })).toBeInTheDocument();
    const verdicts = canvas.getByRole('table', { name: 'Verdict per contract state' });
    await expect(within(verdicts).getAllByRole('cell')[0]).toHaveTextContent('block');
    await expect(within(verdicts).getAllByRole('cell')[2]).toHaveTextContent('allow');
  },
};

export const TypingADisguisedEmail: Story = {
  args: { initialText: '' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Message'), 'write to ana (at) mail (dot) co');
    const matches = canvas.getByRole('table', { name: 'Matches' });
    const row = within(matches).getByRole('cell', { name: 'email' }).closest('tr');
    await expect(row).not.toBeNull();
    await expect(within(row as HTMLElement).getByRole('cell', { name: 'ana@mail.co' })).toBeInTheDocument();
    await expect(row).toHaveTextContent('yes'); // disguised: "(at)" and "(dot)" were rewritten
    // The matched span is highlighted as text, never as markup.
    await expect(canvasElement.querySelector('mark')).toHaveTextContent('ana (at) mail (dot) co');
  },
};

export const HardNegatives: Story = {
  args: { initialText: 'Budget $1,500, 2000-3000 USD, v2.10.3, order #123456789, report.final.pdf, @Maria thanks!' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No contact details found.')).toBeInTheDocument();
  },
};

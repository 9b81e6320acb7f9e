import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PolicyWarningBanner } from '../src/components/PolicyWarningBanner';
import { checkMessage } from '../src/core/policy/checkMessage';
import { OnPlatformProvider } from '../src/hooks/OnPlatformProvider';

const meta = {
  title: 'Components/PolicyWarningBanner',
  component: PolicyWarningBanner,
  args: {
    verdict: checkMessage('my number is +1 917 442 0188 or ana@mail.co', { contractState: 'none' }),
    policyUrl: 'https://market.example/policy',
  },
} satisfies Meta<typeof PolicyWarningBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Blocked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('We found a phone number and an email address.');
    await userEvent.hover(canvas.getByRole('button', { name: 'Why?' }));
    await expect(await within(document.body).findByRole('tooltip')).toBeInTheDocument();
  },
};
export const Warned: Story = { args: { verdict: checkMessage("let's continue on WhatsApp, see myportfolio.io", { contractState: 'pending' }) } };
export const PaymentAlways: Story = { args: { verdict: checkMessage('pay me via PayPal to save fees', { contractState: 'active' }) } };
export const Spanish: Story = {
  args: { verdict: checkMessage('escríbeme: ana@mail.co', { contractState: 'none' }) },
  render: (args) => (
    <OnPlatformProvider locale="es">
      <PolicyWarningBanner {...args} lang="es" />
    </OnPlatformProvider>
  ),
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PolicyWarningBanner, type PolicyWarningBannerProps } from '../src/components/PolicyWarningBanner';
import { checkMessage } from '../src/core/policy/checkMessage';
import { OnPlatformProvider } from '../src/hooks/OnPlatformProvider';
import { pressKey } from './support/pressKey';
import { CALLBACK_ARG_TYPES } from './support/callbackArgTypes';
import { DEFAULT_VIEWPORT, isTestRun, setViewport, tap } from './support/touch';

const meta = {
  title: 'Components/PolicyWarningBanner',
  component: PolicyWarningBanner,
  args: {
    verdict: checkMessage('my number is +1 917 442 0188 or ana@mail.co', { contractState: 'none' }),
    policyUrl: 'https://market.example/policy',
  },
  argTypes: { onWhyOpenChange: CALLBACK_ARG_TYPES.onWhyOpenChange },
} satisfies Meta<typeof PolicyWarningBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

const THREE_RULES = 'call me on +1 917 442 0188 or mail ana@mail.co, portfolio at myportfolio.io';

/** "Why?" is a disclosure: a click opens it under the actions, with a reason per kind found. */
export const Blocked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('This message can’t be sent');
    await expect(alert).not.toHaveTextContent('yet');
    await expect(alert).toHaveTextContent('We found a phone number and an email address.');
    const why = canvas.getByRole('button', { name: 'Why?' });
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(why);
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    await expect(panel).toBeVisible();
    await expect(panel).toHaveTextContent(/Calls and texts leave no record here/);
    await expect(panel).toHaveTextContent(/Emails leave no record here/);
    // In the flow, under the rules: it covers none of them.
    const lastRule = alert.querySelector('.op-PolicyWarningBanner-rules > li:last-child')!;
    await expect(panel.getBoundingClientRect().top).toBeGreaterThanOrEqual(lastRule.getBoundingClientRect().bottom);
    await expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument();
  },
};

/** Enter opens it and Escape closes it, focus staying on the button. */
export const WhyWithTheKeyboard: Story = {
  args: { onWhyOpenChange: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const why = canvas.getByRole('button', { name: 'Why?' });
    why.focus();
    await pressKey('{Enter}');
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(args.onWhyOpenChange).toHaveBeenLastCalledWith(true);
    await pressKey('{Escape}');
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await expect(why).toHaveFocus();
    await pressKey(' ');
    await expect(why).toHaveAttribute('aria-expanded', 'true');
  },
};

/** A finger's tap (touch emulation when run as a test) opens "Why?": a tooltip never did. */
export const WhyOnTouch: Story = {
  args: { verdict: checkMessage('pay me via PayPal to save fees', { contractState: 'active' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const why = canvas.getByRole('button', { name: 'Why?' });
    const pointerTypes: string[] = [];
    why.addEventListener('pointerdown', (event) => pointerTypes.push(event.pointerType));
    await tap(why);
    await waitFor(() => expect(why).toHaveAttribute('aria-expanded', 'true'));
    if (isTestRun()) await expect(pointerTypes).toEqual(['touch']);
    await expect(canvas.getByText(/Payments made outside the platform aren’t covered/)).toBeVisible();
    await tap(why);
    await waitFor(() => expect(why).toHaveAttribute('aria-expanded', 'false'));
  },
};

/** A warning's rules advise rather than forbid: they sit next to "Send anyway". */
export const Warned: Story = {
  args: { verdict: checkMessage("let's continue on WhatsApp, see myportfolio.io", { contractState: 'pending' }) },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).not.toHaveTextContent(/You can share/);
    await expect(status).not.toHaveTextContent(/invitation/);
  },
};

/** Paying outside is never allowed: no "yet", and it is a payment request, not a payment. */
export const PaymentAlways: Story = {
  args: { verdict: checkMessage('pay me via PayPal to save fees, or Venmo @ana-k', { contractState: 'active' }) },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(/^This message can’t be sent(?! yet)/);
    await expect(alert).toHaveTextContent(/payment requests? outside the platform/);
  },
};

/** Three rules at once: a phone number, an email address and a link, before any contract. */
export const ThreeRules: Story = { args: { verdict: checkMessage(THREE_RULES, { contractState: 'none' }), defaultWhyOpen: true } };

/** At 360 px the banner takes its compact form: the three rules fit in far less height. */
export const ThreeRulesAt360px: Story = {
  args: { verdict: checkMessage(THREE_RULES, { contractState: 'none' }) },
  beforeEach: async () => {
    await setViewport(360, 740);
    return () => setViewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    if (!isTestRun()) return;
    await waitFor(() => expect(window.innerWidth).toBe(360));
    // Was 345 px before the compact form (issue 14).
    await expect(alert.getBoundingClientRect().height).toBeLessThan(230);
  },
};

/** English copy in a right-to-left page: each line keeps its direction, the bullets stay inside the box. */
export const RightToLeftPage: Story = {
  args: { verdict: checkMessage(THREE_RULES, { contractState: 'none' }), defaultWhyOpen: true },
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    const box = alert.getBoundingClientRect();
    for (const item of within(alert).getAllByRole('listitem')) {
      await expect(item).toHaveAttribute('dir', 'auto');
      await expect(getComputedStyle(item).direction).toBe('ltr');
      // The marker sits in the list's start padding, which must be on the item's own start side.
      const list = item.parentElement!;
      await expect(getComputedStyle(list).direction).toBe('ltr');
      await expect(item.getBoundingClientRect().left).toBeGreaterThan(box.left + 8);
    }
    await expect(within(alert).getByRole('button', { name: 'Why?' })).toHaveTextContent(/^Why\?$/);
  },
};

/** The "Why?" state can be held by the app. */
function ControlledWhyBanner(props: PolicyWarningBannerProps) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <PolicyWarningBanner {...props} whyOpen={open} onWhyOpenChange={setOpen} />
      <p>Why is {open ? 'open' : 'closed'}.</p>
    </>
  );
}

export const ControlledWhy: Story = {
  render: (args) => <ControlledWhyBanner {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Why?' }));
    await expect(canvas.getByText('Why is closed.')).toBeInTheDocument();
  },
};

export const Spanish: Story = {
  args: { verdict: checkMessage('escríbeme: ana@mail.co', { contractState: 'none' }), defaultWhyOpen: true },
  render: (args) => (
    <OnPlatformProvider locale="es">
      <PolicyWarningBanner {...args} lang="es" />
    </OnPlatformProvider>
  ),
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('Este mensaje no se puede enviar');
    await expect(alert).toHaveTextContent(/Los correos no dejan registro/);
  },
};

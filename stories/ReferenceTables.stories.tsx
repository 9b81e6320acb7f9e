import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { en } from '../src/messages/en';
import { ALL_CATALOGUES } from '../src/messages/all';
import { TokenTable } from './playground/TokenTable';
import { WordingTable } from './playground/WordingTable';

/** The generated tables of Docs/Tokens and Docs/Wording, as stories so they run with axe. */
const meta = {
  title: 'Reference/Generated tables',
  parameters: { layout: 'padded', playReadsLocale: true },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Tokens: Story = {
  render: () => <TokenTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const colours = canvas.getByRole('table', { name: 'Colour tokens (light and dark)' });
    await expect(within(colours).getByRole('rowheader', { name: '--op-color-danger' })).toBeInTheDocument();
    // A swatch in the dark wrapper shows the dark value, whatever the page's theme.
    const row = within(colours).getByRole('rowheader', { name: '--op-color-danger' }).closest('tr')!;
    const swatches = row.querySelectorAll<HTMLElement>('.token-swatch');
    await expect(getComputedStyle(swatches[0]!).backgroundColor).toBe('rgb(179, 38, 30)');
    await expect(getComputedStyle(swatches[1]!).backgroundColor).toBe('rgb(242, 139, 130)');
    await expect(canvas.getByRole('rowheader', { name: '--op-composer-border' })).toBeInTheDocument();
  },
};

export const Wording: Story = {
  render: () => <WordingTable />,
  play: async ({ canvasElement }) => {
    const keys = canvasElement.querySelectorAll('details.wording-key');
    await expect(keys.length).toBe(Object.keys(en).length);
    const send = [...keys].find((details) => details.querySelector('summary code')?.textContent === 'send')!;
    const rows = send.querySelectorAll('tbody tr');
    await expect(rows.length).toBe(Object.keys(ALL_CATALOGUES).length);
    await expect(send.querySelector('td[lang="ar"]')).toHaveTextContent('إرسال');
    await expect(send.querySelector('td[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  },
};

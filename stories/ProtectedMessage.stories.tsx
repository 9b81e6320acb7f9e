import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { HighlightedText } from '../src/components/HighlightedText';
import { ProtectedMessage } from '../src/components/ProtectedMessage';
import { detectContactInfo } from '../src/core/detectContactInfo';

const meta = {
  title: 'Components/ProtectedMessage',
  component: ProtectedMessage,
  args: {
    author: 'Dmitri (client)',
    contractState: 'none',
    messageId: 'm-3',
    text: 'Hi! The interview will be on Telegram, add me: @dmitri_hr. Or call +44 20 7946 0958.',
    onReport: fn(),
  },
  argTypes: { contractState: { control: 'inline-radio', options: ['none', 'pending', 'active', 'ended'] } },
} satisfies Meta<typeof ProtectedMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MaskedReceived: Story = {
  play: async ({ canvasElement }) => {
    const article = within(canvasElement).getByRole('article');
    await expect(article).not.toHaveTextContent('@dmitri_hr');
    await expect(article).not.toHaveTextContent('7946');
    await expect(within(canvasElement).getByRole('note')).toBeInTheDocument();
  },
};

export const PaymentScam: Story = {
  args: { text: 'Let’s skip the platform fee: send the deposit by Western Union or to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' },
};

export const DuringContract: Story = { args: { contractState: 'active', text: 'Here is my number for the site visit: +44 20 7946 0958' } };

export const OwnMessage: Story = { args: { authorIsSelf: true, author: 'You', text: 'My number is +44 20 7946 0958' } };

export const Highlighted: StoryObj<typeof HighlightedText> = {
  render: () => {
    const text = 'Moderation view: ana (at) gmail (dot) com, wa.me/15551234567, pay via Zelle';
    return <HighlightedText text={text} matches={detectContactInfo(text)} />;
  },
};

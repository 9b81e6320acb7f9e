import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MessageComposer } from '../src/components/MessageComposer';
import { ProtectedMessage } from '../src/components/ProtectedMessage';
import type { ContractState } from '../src/core/policy/policyTypes';
import type { ReportSubmission } from '../src/hooks/useReport';
import './playground/Conversation.css';
import { CALLBACK_ARG_TYPES } from './support/callbackArgTypes';

interface Message {
  id: string;
  author: 'client' | 'freelancer';
  text: string;
}

const THREAD: Message[] = [
  { id: '1', author: 'client', text: 'Hi Ana, I loved your portfolio. Can you design a logo for my bakery?' },
  { id: '2', author: 'freelancer', text: 'Hello! Happy to help. Could you share the brief and your budget?' },
  { id: '3', author: 'client', text: 'Budget $600. The interview will be on Telegram, add me: @bakery_boss' },
  { id: '4', author: 'client', text: 'Also, pay me a deposit via Western Union and I can skip the platform fee for you.' },
];

interface ConversationProps {
  /** Where the conversation starts (the toolbar's Contract menu sets it too); "Accept offer" moves it to active. */
  initialContractState: ContractState;
  /** Called with the report (reason, note, the message and what was found in it) when the reader reports a message. */
  onReport: (report: ReportSubmission) => void;
}

/** A client/freelancer thread as a marketplace would build it from the components. */
function Conversation({ initialContractState, onReport }: ConversationProps) {
  const [contractState, setContractState] = useState<ContractState>(initialContractState);
  // The toolbar's contract state arrives as a new `initialContractState` (.storybook/preview.tsx):
  // start over from it, as a conversation opened in that state would.
  const [startedFrom, setStartedFrom] = useState(initialContractState);
  if (startedFrom !== initialContractState) {
    setStartedFrom(initialContractState);
    setContractState(initialContractState);
  }
  const [thread, setThread] = useState(THREAD);
  return (
    <section className="conversation" aria-label="Conversation with Dmitri (client)">
      <header className="conversation-header">
        <h2>Logo for a bakery</h2>
        <p>
          Contract: <strong data-testid="contract-state">{contractState}</strong>
        </p>
        {contractState !== 'active' && (
          <button type="button" className="op-Button" data-variant="primary" onClick={() => setContractState('active')}>
            Accept offer
          </button>
        )}
      </header>
      <ol className="conversation-thread">
        {thread.map((message) => (
          <li key={message.id}>
            <ProtectedMessage
              text={message.text}
              author={message.author === 'client' ? 'Dmitri (client)' : 'You'}
              authorIsSelf={message.author === 'freelancer'}
              contractState={contractState}
              messageId={message.id}
              onReport={onReport}
            />
          </li>
        ))}
      </ol>
      <MessageComposer
        contractState={contractState}
        draftKey="story-conversation"
        onSend={(text) => setThread((current) => [...current, { id: String(current.length + 1), author: 'freelancer', text }])}
      />
    </section>
  );
}

const meta = {
  title: 'Examples/Marketplace conversation',
  component: Conversation,
  args: { initialContractState: 'pending', onReport: fn() },
  argTypes: {
    initialContractState: {
      control: 'inline-radio',
      options: ['none', 'pending', 'active', 'ended'],
      description: 'Where the conversation starts; the toolbar’s Contract menu sets it too, and “Accept offer” moves it to active.',
    },
    onReport: CALLBACK_ARG_TYPES.onReport,
  },
  parameters: { layout: 'padded' },
  beforeEach: () => sessionStorage.removeItem('onplatform:draft:story-conversation'),
} satisfies Meta<typeof Conversation>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BeforeTheOffer: Story = {};

/** The toolbar's contract state reaches this example too: here pinned to "active", as the toolbar would set it. */
export const ToolbarContractState: Story = {
  globals: { contractState: 'active' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('contract-state')).toHaveTextContent('active');
    // During a contract the handle is shown, not masked.
    await expect(canvas.getAllByRole('article')[2]).toHaveTextContent('@bakery_boss');
  },
};

export const AcceptingTheOfferUnblocks: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const composer = canvas.getByRole('textbox', { name: 'Message' });
    await userEvent.type(composer, 'Sure, my number is +1 917 442 0188');
    await expect(canvas.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Accept offer' }));
    await expect(canvas.getByTestId('contract-state')).toHaveTextContent('active');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled'));
    await expect(composer).toHaveValue('Sure, my number is +1 917 442 0188');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(canvas.getAllByRole('article').at(-1)).toHaveTextContent('Sure, my number is +1 917 442 0188'));
    await expect(composer).toHaveValue('');
  },
};

export const ReportingTheScam: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const scam = canvas.getAllByRole('article')[3]!;
    await expect(within(scam).getByRole('note')).toHaveTextContent('asks for payment outside the platform');
    await userEvent.click(within(scam).getByRole('button', { name: 'Report' }));
    const dialog = await within(document.body).findByRole('dialog');
    await expect(within(dialog).getByRole('radio', { name: 'Asks for payment outside the platform' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(args.onReport).toHaveBeenCalledTimes(1));
    await expect(args.onReport).toHaveBeenCalledWith(expect.objectContaining({ reason: 'off-platform-payment' }));
  },
};

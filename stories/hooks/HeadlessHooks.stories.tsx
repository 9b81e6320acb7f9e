import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { ContractState } from '../../src/core/policy/policyTypes';
import { useMessageComposer } from '../../src/hooks/useMessageComposer';
import { usePolicyGuard } from '../../src/hooks/usePolicyGuard';
import { useProtectedMessage } from '../../src/hooks/useProtectedMessage';
import { useReport } from '../../src/hooks/useReport';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { CALLBACK_ARG_TYPES } from '../support/callbackArgTypes';

/** A composer built from `useMessageComposer` with bare markup: no onplatform CSS or components. */
function BareComposer({ contractState, onSend }: { contractState: ContractState; onSend: (text: string) => void }) {
  const composer = useMessageComposer({ contractState, onSend });
  return (
    <form {...composer.getFormProps({ style: { display: 'grid', gap: 8, maxWidth: 480 } })}>
      <textarea {...composer.getTextareaProps({ 'aria-label': 'Message', rows: 3 })} />
      {composer.verdict.decision !== 'allow' && (
        <p {...composer.getWarningProps({ role: composer.verdict.decision === 'block' ? 'alert' : 'status' })}>
          {composer.verdict.violations.map((violation) => `${violation.kind}: ${violation.rule}`).join(', ')}
        </p>
      )}
      <p>
        {composer.segments.map((segment) => (segment.violation ? <mark key={segment.start}>{segment.text}</mark> : <span key={segment.start}>{segment.text}</span>))}
      </p>
      {/* A finding's popover (opened by a click, tap or arrow key into it), with the hook's own actions. */}
      {composer.finding.violation && (
        <div {...composer.finding.getPopoverProps({ style: { border: '1px solid', padding: 8 } })}>
          <p {...composer.finding.getTitleProps()}>{composer.finding.violation.kind}</p>
          <button type="button" onClick={() => composer.removeFinding(composer.finding.violation!)}>
            Remove
          </button>
        </div>
      )}
      <div>
        {composer.verdict.violations.length > 0 && (
          <button type="button" onClick={composer.removeFlagged}>
            Remove all
          </button>
        )}
        {composer.undoable && (
          <button type="button" onClick={composer.undo}>
            Undo
          </button>
        )}
        <button {...composer.getSendButtonProps()}>{composer.status === 'confirming' ? 'Confirm' : 'Send'}</button>
      </div>
    </form>
  );
}

/** `usePolicyGuard` alone: a live verdict for any text and contract state. */
function GuardReadout({ text, contractState }: { text: string; contractState: ContractState }) {
  const guard = usePolicyGuard({ text, contractState });
  return (
    <dl>
      <dt>Decision</dt>
      <dd data-testid="decision">{guard.decision}</dd>
      <dt>Can send</dt>
      <dd>{String(guard.canSend)}</dd>
      <dt>Violations</dt>
      <dd>{guard.violations.map((violation) => violation.rule).join(', ') || 'none'}</dd>
    </dl>
  );
}

/** `useProtectedMessage` + `useReport` with plain markup. */
function BareReceived({ text, contractState, onReport }: { text: string; contractState: ContractState; onReport: () => void }) {
  const message = useProtectedMessage({ text, contractState, mask: '███' });
  const report = useReport({ onReport, evidence: { messageId: 'x', text, matches: detectContactInfo(text) } });
  return (
    <div>
      <p>{message.segments.map((segment) => segment.display).join('')}</p>
      {message.signals.length > 0 && <p role="note">Careful: this message asks to leave the platform or pay outside it.</p>}
      <button {...report.getTriggerProps()}>Report ({report.reason})</button>
      <div {...report.getDialogProps({ 'aria-label': 'Report' })}>
        <button type="button" onClick={() => void report.submit()}>
          Confirm report
        </button>
        <button type="button" onClick={report.cancel}>
          Cancel
        </button>
      </div>
      <p>Status: {report.status}</p>
    </div>
  );
}

const meta = {
  title: 'Hooks/Headless',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;

export const UseMessageComposer: StoryObj<typeof BareComposer> = {
  render: (args) => <BareComposer {...args} />,
  args: { contractState: 'none', onSend: fn() },
  argTypes: { onSend: CALLBACK_ARG_TYPES.onSend },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Message' }), 'mail me at ana@mail.co');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('email: no-email-before-contract');
    await expect(canvas.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
    await expect(args.onSend).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove all' }));
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveValue('mail me at ana@mail.co');
  },
};

export const UsePolicyGuard: StoryObj<typeof GuardReadout> = {
  render: (args) => <GuardReadout {...args} />,
  args: { text: 'Pay me via PayPal', contractState: 'active' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('decision')).toHaveTextContent('block');
  },
};

export const UseProtectedMessageAndUseReport: StoryObj<typeof BareReceived> = {
  render: (args) => <BareReceived {...args} />,
  args: { text: 'Text me on +1 917 442 0188 and pay me via Zelle', contractState: 'none', onReport: fn() },
  argTypes: { onReport: CALLBACK_ARG_TYPES.onReport },
};

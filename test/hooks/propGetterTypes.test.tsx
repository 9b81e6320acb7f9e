import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ChangeEvent, createRef, type KeyboardEvent, type MouseEvent, type SyntheticEvent } from 'react';
import { expectTypeOf } from 'vitest';
import { useMessageComposer } from '../../src/hooks/useMessageComposer';
import { useReport } from '../../src/hooks/useReport';

// The prop getters are typed with React's own attribute types for their element, generic over the
// caller's props (as Downshift and React Aria do). `npm run typecheck` compiles this file under
// strict TypeScript: a handler without an annotation must get a typed event, and every
// `@ts-expect-error` below must still be an error (an unused one fails the typecheck). The runtime
// assertions check that what the types promise is what the getters do.

const composerHook = () => renderHook(() => useMessageComposer({ contractState: 'none', onSend: () => undefined })).result;
const reportHook = () =>
  renderHook(() => useReport({ onReport: () => undefined, evidence: { messageId: 'm-1', text: 'hi', matches: [] } })).result;

describe('prop getter types: useMessageComposer', () => {
  it('getTextareaProps types the caller’s handlers and attributes as a textarea’s', () => {
    const composer = composerHook();
    const seen: string[] = [];
    const props = composer.current.getTextareaProps({
      onChange: (event) => {
        expectTypeOf(event).toEqualTypeOf<ChangeEvent<HTMLTextAreaElement>>();
        seen.push(event.target.value);
      },
      onKeyDown: (event) => expectTypeOf(event).toEqualTypeOf<KeyboardEvent<HTMLTextAreaElement>>(),
      rows: 3,
      'data-testid': 'draft',
    });
    expectTypeOf(props.rows).toEqualTypeOf<number>();
    expectTypeOf(props['data-testid']).toEqualTypeOf<string>();
    expect(props.rows).toBe(3);
    expect(props['data-testid']).toBe('draft');
    props.onChange?.({ target: { value: 'hello' } } as ChangeEvent<HTMLTextAreaElement>);
    expect(seen).toEqual(['hello']);
  });

  it('getTextareaProps rejects what a textarea can’t take', () => {
    const composer = composerHook();
    // @ts-expect-error: rows is a number
    composer.current.getTextareaProps({ rows: 'three' });
    // @ts-expect-error: a textarea's handler gets a textarea's event, not an input's
    composer.current.getTextareaProps({ onChange: (event: ChangeEvent<HTMLInputElement>) => event.target.checked });
    // @ts-expect-error: the ref must fit a textarea
    composer.current.getTextareaProps({ ref: createRef<HTMLInputElement>() });
    expect(composer.current.getTextareaProps({ ref: createRef<HTMLTextAreaElement>() }).ref).toBeTypeOf('function');
  });

  it('getFormProps, getSendButtonProps and getWarningProps type their own elements', () => {
    const composer = composerHook();
    const form = composer.current.getFormProps({
      onSubmit: (event) => expectTypeOf(event.currentTarget).toEqualTypeOf<EventTarget & HTMLFormElement>(),
    });
    expect(form.onSubmit).toBeTypeOf('function');
    const button = composer.current.getSendButtonProps({
      onClick: (event) => expectTypeOf(event).toEqualTypeOf<MouseEvent<HTMLButtonElement>>(),
    });
    expectTypeOf(button.type).toEqualTypeOf<'submit' | 'reset' | 'button' | undefined>();
    expect(button.type).toBe('submit');
    const warning = composer.current.getWarningProps({ role: 'alert' });
    expect(warning.role).toBe('alert');
    // @ts-expect-error: a form's method is a string
    composer.current.getFormProps({ method: 42 });
    // @ts-expect-error: not a button type
    composer.current.getSendButtonProps({ type: 'send' });
    // @ts-expect-error: hidden is a boolean
    composer.current.getWarningProps({ hidden: 'yes' });
  });

  it('returns props that spread onto their elements', async () => {
    const changes: string[] = [];
    function Composer() {
      const composer = useMessageComposer({ contractState: 'none', onSend: () => undefined });
      return (
        <form {...composer.getFormProps({ 'aria-label': 'Compose' })}>
          <textarea {...composer.getTextareaProps({ 'aria-label': 'Message', onChange: (event) => changes.push(event.target.value) })} />
          <p {...composer.getWarningProps()} />
          <button {...composer.getSendButtonProps()}>Send</button>
        </form>
      );
    }
    render(<Composer />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'hi');
    expect(changes).toEqual(['h', 'hi']);
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('hi');
  });
});

describe('prop getter types: useReport', () => {
  it('getTriggerProps types a button, getDialogProps a dialog', () => {
    const report = reportHook();
    const trigger = report.current.getTriggerProps({
      onClick: (event) => expectTypeOf(event).toEqualTypeOf<MouseEvent<HTMLButtonElement>>(),
    });
    expect(trigger['aria-haspopup']).toBe('dialog');
    const dialog = report.current.getDialogProps({
      onCancel: (event) => expectTypeOf(event).toEqualTypeOf<SyntheticEvent<HTMLElement>>(),
      'aria-label': 'Report',
    });
    expectTypeOf(dialog.open).toEqualTypeOf<boolean | undefined>();
    expect(dialog.role).toBe('dialog');
    // @ts-expect-error: disabled is a boolean
    report.current.getTriggerProps({ disabled: 'no' });
    // @ts-expect-error: open is a boolean
    report.current.getDialogProps({ open: 'yes' });
  });
});

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MessageComposer } from '../src/components/MessageComposer';
import { ProtectedMessage } from '../src/components/ProtectedMessage';
import { OnPlatformProvider } from '../src/hooks/OnPlatformProvider';
import { ALL_CATALOGUES, RTL_LOCALES } from '../src/messages/all';
import { resolveMessages } from '../src/messages/index';
import './playground/Locales.css';
import { CALLBACK_ARG_TYPES } from './support/callbackArgTypes';

const BLOCKED_DRAFT = 'Sure! Text me on +1 917 442 0188 or ana.designs (at) gmail (dot) com';
const SCAM = 'Pay me a deposit via Western Union and I can skip the platform fee for you.';
const copyFor = (locale: string) => resolveMessages(locale, undefined, ALL_CATALOGUES);
const directionOf = (locale: string) => (RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr');

interface LocalesProps {
  /** Called when the reader reports the received message. */
  onReport: () => void;
  /** Called with the text when a message is sent (never, here: the draft is blocked). */
  onSend: (text: string) => void;
}

/** A received scam and a blocked draft, in the locale the toolbar (or the story) picks. */
function BlockedConversation({ onReport, onSend }: LocalesProps) {
  return (
    <div className="locales-conversation">
      <ProtectedMessage text={SCAM} author="Dmitri" contractState="none" messageId="scam" onReport={onReport} />
      <MessageComposer contractState="none" defaultValue={BLOCKED_DRAFT} onSend={onSend} />
    </div>
  );
}

const meta = {
  title: 'Locales/Blocked in every locale',
  component: BlockedConversation,
  args: { onReport: fn(), onSend: fn() },
  argTypes: { onReport: CALLBACK_ARG_TYPES.onReport, onSend: CALLBACK_ARG_TYPES.onSend },
  // These play functions read the copy of the locale in effect, so the Arabic test project
  // (storybook-ar) plays them in Arabic rather than keeping English (.storybook/preview.tsx).
  parameters: { layout: 'padded', playReadsLocale: true },
} satisfies Meta<typeof BlockedConversation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Follows the toolbar's locale: English in the `storybook` test project, Arabic in `storybook-ar`. */
export const ToolbarLocale: Story = {
  play: async ({ canvasElement, globals }) => {
    const locale = String(globals.locale ?? 'en');
    const copy = copyFor(locale);
    const canvas = within(canvasElement);
    const composer = canvas.getByRole('textbox', { name: copy.composerLabel });
    await expect(canvas.getByRole('alert')).toHaveTextContent(copy.blockedHeadline);
    await expect(canvas.getByRole('alert')).toHaveTextContent(copy.ruleForKinds(['phone', 'email'], 'until-contract', 'block'));
    await expect(getComputedStyle(composer.closest('form')!).direction).toBe(directionOf(locale));
    await expect(document.documentElement).toHaveAttribute('lang', locale);
  },
};

/** Arabic end to end, right to left: the blocked draft, the scam caution and the report dialog. */
export const ArabicRightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement, args }) => {
    const copy = copyFor('ar');
    const canvas = within(canvasElement);
    const composer = canvas.getByRole('textbox', { name: 'الرسالة' });
    const form = composer.closest('form')!;
    await expect(getComputedStyle(form).direction).toBe('rtl');
    const banner = canvas.getByRole('alert');
    await expect(banner).toHaveTextContent('لا يمكن إرسال هذه الرسالة');
    await expect(banner).not.toHaveTextContent('لا يمكن إرسال هذه الرسالة بعد');
    await expect(banner).toHaveTextContent(copy.found('phone', 1));
    await expect(getComputedStyle(banner).direction).toBe('rtl');
    await expect(canvas.getByRole('button', { name: 'إرسال' })).toHaveAttribute('aria-disabled', 'true');
    // The Latin draft keeps its own direction inside the RTL form (dir="auto").
    await expect(composer).toHaveAttribute('dir', 'auto');
    await expect(composer).toHaveValue(BLOCKED_DRAFT);

    const scam = canvas.getAllByRole('article')[0]!;
    await expect(within(scam).getByRole('note')).toHaveTextContent(copy.scamCaution({ payment: true, offPlatform: false }));
    await userEvent.click(within(scam).getByRole('button', { name: 'إبلاغ' }));
    const dialog = await canvas.findByRole('dialog', { name: 'الإبلاغ عن هذه الرسالة' });
    await expect(getComputedStyle(dialog).direction).toBe('rtl');
    await expect(within(dialog).getByRole('radio', { name: 'يطلب الدفع خارج المنصة' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'إرسال البلاغ' }));
    await waitFor(() => expect(args.onReport).toHaveBeenCalledTimes(1));
    await expect(args.onSend).not.toHaveBeenCalled();
  },
};

/** Every shipped catalogue side by side, each with its own `lang` and direction. */
export const AllLocales: Story = {
  render: (args) => (
    <div className="locales-grid">
      {Object.keys(ALL_CATALOGUES).map((locale) => (
        <section key={locale} lang={locale} dir={directionOf(locale)} aria-label={locale} className="locales-cell">
          <h3 className="locales-tag">{locale}</h3>
          <OnPlatformProvider locale={locale} catalogues={ALL_CATALOGUES}>
            <MessageComposer contractState="none" defaultValue={BLOCKED_DRAFT} onSend={args.onSend} />
          </OnPlatformProvider>
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const english = within(canvasElement.querySelector('section[lang="en"]')!).getByRole('alert').textContent;
    for (const section of canvasElement.querySelectorAll<HTMLElement>('section[lang]')) {
      const locale = section.lang;
      const banner = within(section).getByRole('alert');
      await expect(banner).toHaveTextContent(copyFor(locale).blockedHeadline);
      if (locale !== 'en') await expect(banner.textContent).not.toBe(english);
      await expect(getComputedStyle(banner).direction).toBe(directionOf(locale));
    }
  },
};

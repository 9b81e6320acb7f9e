import { render, screen } from '@testing-library/react';
import { MessageComposer } from '../../src/components/MessageComposer';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { ALL_CATALOGUES } from '../../src/messages/all';
import { resolveMessages } from '../../src/messages/index';
import { axeViolations } from './axe';

const BLOCKED_DRAFT = 'Sure! Text me on +1 917 442 0188 or ana.designs (at) gmail (dot) com';
const TAGS = Object.keys(ALL_CATALOGUES).filter((tag) => tag !== 'en');

/** The banner of a blocked draft, rendered through the public provider in `locale`. */
function renderBlocked(locale: string) {
  const view = render(
    <OnPlatformProvider locale={locale} catalogues={ALL_CATALOGUES}>
      <MessageComposer contractState="none" onSend={() => undefined} defaultValue={BLOCKED_DRAFT} />
    </OnPlatformProvider>,
  );
  return { ...view, banner: screen.getByRole('alert') };
}

describe('the blocked composer speaks every shipped language', () => {
  let english: string;
  beforeAll(() => {
    const { banner, unmount } = renderBlocked('en');
    english = banner.textContent ?? '';
    unmount();
    expect(english).toContain('This message can’t be sent');
  });

  it.each(TAGS)('%s: the banner is in the locale’s words, not English', async (tag) => {
    const { banner, container } = renderBlocked(tag);
    const copy = resolveMessages(tag, undefined, ALL_CATALOGUES);
    const text = banner.textContent ?? '';
    expect(text).not.toBe(english);
    expect(text).toContain(copy.blockedHeadline);
    expect(text).toContain(copy.found('phone', 1));
    expect(text).toContain(copy.found('email', 1));
    // Phone and email share one rule line (issue 14: rules grouped by kind).
    expect(text).toContain(copy.ruleForKinds(['phone', 'email'], 'until-contract', 'block'));
    expect(text).not.toContain('This message can’t be sent');
    expect(text).not.toContain('We found');
    expect(screen.getByRole('textbox', { name: copy.composerLabel })).toHaveValue(BLOCKED_DRAFT);
    expect(screen.getByRole('button', { name: copy.send })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a regional tag gets its language (ar-EG → ar, pt-PT → pt-BR, zh-CN → zh-Hans)', () => {
    for (const [regional, tag] of [
      ['ar-EG', 'ar'],
      ['pt-PT', 'pt-BR'],
      ['zh-CN', 'zh-Hans'],
      ['fr-CA', 'fr'],
    ] as const) {
      const { banner, unmount } = renderBlocked(regional);
      expect(banner).toHaveTextContent(ALL_CATALOGUES[tag]!.blockedHeadline!);
      unmount();
    }
  });

  it('without the catalogue passed in, a locale shows English (nothing but en and es is bundled)', () => {
    render(
      <OnPlatformProvider locale="ja">
        <MessageComposer contractState="none" onSend={() => undefined} defaultValue={BLOCKED_DRAFT} />
      </OnPlatformProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This message can’t be sent');
  });
});

// @vitest-environment node
import { checkMessage } from '../../src/core/policy/checkMessage';
import { composerNotice } from '../../src/hooks/composerNotice';
import { resolveMessages } from '../../src/messages/index';

const copy = resolveMessages('en');
const warned = checkMessage('see https://myportfolio.io', { contractState: 'none' });
const allowed = checkMessage('hello', { contractState: 'none' });
const base = { status: 'idle' as const, verdict: allowed, blockedAttempts: 0, undoable: undefined, disputed: [] as string[] };

describe('composerNotice', () => {
  it.each([
    ['nothing to say', base, 'none'],
    ['a warned draft waits for a confirmation', { ...base, status: 'confirming' as const, verdict: warned }, 'confirm'],
    ['the server refused the message', { ...base, status: 'rejected' as const }, 'rejected'],
    ['a send was refused', { ...base, blockedAttempts: 1 }, 'refused'],
    ['a removal can be undone', { ...base, undoable: { before: 'a b', after: 'a' } }, 'removed'],
    ['a disputed finding still needs a confirmation', { ...base, verdict: warned, disputed: ['url:https://myportfolio.io'] }, 'disputed'],
  ])('%s', (_title, composer, kind) => {
    expect(composerNotice(composer, copy).kind).toBe(kind);
  });

  it('says a refusal again on every refused attempt (the text alternates, so it is announced)', () => {
    const first = composerNotice({ ...base, blockedAttempts: 1 }, copy).text;
    const second = composerNotice({ ...base, blockedAttempts: 2 }, copy).text;
    expect(first).toBe(copy.sendRefused);
    expect(second).not.toBe(first);
    expect(second.trim()).toBe(first.trim());
  });
});

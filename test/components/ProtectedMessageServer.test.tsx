// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ProtectedMessage } from '../../src/components/ProtectedMessage';
import { redactMessage } from '../../src/core/redactMessage';
import { hiddenDetails, REDACTION_CASES } from '../fixtures/redactionCases';

// What the receiver's page gets when the server renders (or sends) only the redacted form: the
// HTML, like a framework's payload, must not hold what was hidden.
describe('ProtectedMessage with `redacted`, rendered on the server', () => {
  it.each(REDACTION_CASES)('renders no hidden detail of %j (%s) into the HTML', (text, contractState, extra) => {
    const redacted = redactMessage(text, { contractState });
    const html = renderToString(<ProtectedMessage redacted={redacted} author="Ana" messageId="m-1" onReport={() => undefined} />);
    expect(html).toContain('op-ProtectedMessage-mask');
    for (const detail of [...hiddenDetails(text, { contractState }), ...extra]) {
      // The HTML escapes what it shows: compare against the escaped form too.
      const escaped = detail.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
      expect(html, `${JSON.stringify(detail)} leaked`).not.toContain(escaped);
    }
  });

  it('renders the same masks, caution and report button as from the text', () => {
    const text = 'mail ana@mail.co and pay me via PayPal to save fees';
    const fromText = renderToString(<ProtectedMessage text={text} contractState="none" author="Ana" onReport={() => undefined} />);
    const fromRedacted = renderToString(
      <ProtectedMessage redacted={redactMessage(text, { contractState: 'none' })} author="Ana" onReport={() => undefined} />,
    );
    // Only the generated ids may differ between the two trees.
    const withoutIds = (html: string) => html.replace(/ (id|aria-controls|aria-labelledby|aria-describedby)="[^"]*"/g, '');
    expect(withoutIds(fromRedacted)).toBe(withoutIds(fromText));
    expect(fromRedacted).toContain('[email address hidden]');
    expect(fromRedacted).toContain('role="note"');
  });
});

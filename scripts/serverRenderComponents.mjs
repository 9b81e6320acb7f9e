// Runs inside the temporary consumer project of check-package.mjs (copied there, so `onplatform`
// resolves to the installed tarball): server-renders every component the React entry exports, in
// plain Node with whichever React that project has installed, and checks each HTML for its content.
import { format } from 'node:util';
import { createElement } from 'react';
import { renderToString, version } from 'react-dom/server';

if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('DOM globals present');

const onplatform = await import('onplatform');
const { checkMessage, detectContactInfo, MESSAGE_CATALOGUES } = onplatform;
const en = MESSAGE_CATALOGUES.en;
const es = MESSAGE_CATALOGUES.es;

// React escapes these in text and attributes; expected copy is compared in its escaped form.
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[char]);

const phoneDraft = 'call me on +1 917 442 0188';
const emailMessage = 'great, write to ana@mail.co';
const noop = () => undefined;

/** One realistic render per exported component, with what its HTML must (and must not) contain. */
const cases = {
  MessageComposer: {
    props: { contractState: 'none', onSend: noop, defaultValue: phoneDraft },
    contains: ['<textarea', 'data-decision="block"', 'role="alert"', escapeHtml(en.blockedHeadline), escapeHtml(en.composerLabel)],
  },
  PolicyWarningBanner: {
    props: { verdict: checkMessage(phoneDraft, { contractState: 'none' }), contractState: 'none' },
    contains: ['role="alert"', escapeHtml(en.blockedHeadline), escapeHtml(en.rule('phone', 'until-contract'))],
  },
  ReportButton: {
    props: { evidence: { messageId: 'm-1', text: emailMessage, matches: detectContactInfo(emailMessage) }, onReport: noop },
    contains: ['<button', 'op-ReportButton', escapeHtml(en.reportTrigger)],
  },
  ProtectedMessage: {
    props: { text: emailMessage, contractState: 'none', author: 'Ana', messageId: 'm-1', onReport: noop },
    contains: ['op-ProtectedMessage-mask', 'data-kind="email"', escapeHtml(en.maskedDetail('email')), '>Ana<'],
    // The whole point of the component: the address never reaches the markup before a contract.
    lacks: ['ana@mail.co'],
  },
  HighlightedText: {
    props: { text: emailMessage, matches: detectContactInfo(emailMessage) },
    contains: ['<mark', 'data-kind="email"', 'ana@mail.co', escapeHtml(en.flaggedLabel('email'))],
  },
  OnPlatformProvider: {
    props: {
      locale: 'es',
      children: createElement(onplatform.MessageComposer, { contractState: 'none', onSend: noop, defaultValue: 'llámame al +34 612 345 678' }),
    },
    // The provider renders no markup of its own: what shows it works is its locale reaching the child.
    contains: ['<textarea', escapeHtml(es.blockedHeadline), escapeHtml(es.composerLabel)],
    lacks: [escapeHtml(en.blockedHeadline)],
  },
};

// A component is any PascalCase export React can render (a function or a forwardRef/memo object);
// ALL_CAPS exports are constants, even DEFAULT_MASK, which is a function.
const isComponentName = (name) => /^[A-Z]/.test(name) && /[a-z]/.test(name);
const isRenderable = (value) => typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value);
const components = Object.keys(onplatform).filter((name) => isComponentName(name) && isRenderable(onplatform[name]));

// React's development build reports server-render problems (useLayoutEffect on the server, missing
// keys, unknown DOM props) through console.error without throwing: count those as failures too.
const reactWarnings = [];
console.error = (...parts) => reactWarnings.push(format(...parts));

const failures = [];
for (const name of components) {
  const testCase = cases[name];
  if (!testCase) {
    failures.push(`${name}: exported component without a server-render case in scripts/serverRenderComponents.mjs`);
    continue;
  }
  let html;
  reactWarnings.length = 0;
  try {
    html = renderToString(createElement(onplatform[name], testCase.props));
  } catch (error) {
    failures.push(`${name}: renderToString threw ${error?.stack ?? error}`);
    continue;
  }
  if (reactWarnings.length) failures.push(`${name}: React warned during the server render:\n  ${reactWarnings.join('\n  ')}`);
  const missing = testCase.contains.filter((part) => !html.includes(part));
  const present = (testCase.lacks ?? []).filter((part) => html.includes(part));
  if (missing.length || present.length) {
    failures.push(`${name}: missing ${JSON.stringify(missing)}, must not contain ${JSON.stringify(present)}\n  ${html}`);
  } else {
    console.log(`renderToString(<${name}>) with React ${version}: ok (${html.length} chars, ${testCase.contains.length + (testCase.lacks?.length ?? 0)} checks)`);
  }
}
const stale = Object.keys(cases).filter((name) => !components.includes(name));
if (stale.length) failures.push(`cases for components the package no longer exports: ${stale.join(', ')}`);
if (failures.length) throw new Error(`server render from the packed tarball failed:\n${failures.join('\n')}`);

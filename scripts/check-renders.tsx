// One keystroke in the composer renders each component once per update, in production mode.
// React's profiling build (`react-dom/profiling`) keeps <Profiler> and the fibers' "performed work"
// flag in a production build: after every commit this walks the fiber tree the way React DevTools'
// profiler does and counts, per component, the commits it rendered in. A keystroke makes up to three
// updates by design: the keystroke's own (the typed character), the check after the frame is
// painted (the verdict), and the pause in typing, which renders only when a warning was held back
// and now shows (no commit at all otherwise); each is one commit, and each component renders at most
// once in each. Also checked: the caller's textarea ref stays attached while typing (a new
// merged ref callback per render would detach and re-attach it on every key).
//
// `npm run check:renders`; `--verbose` prints the counts per component even when they pass.
import { JSDOM } from 'jsdom';

// Set before anything loads (the JSX runtime is imported ahead of this module's own code).
if (process.env.NODE_ENV !== 'production') {
  console.error('check:renders measures the production build: run it as `npm run check:renders` (NODE_ENV=production).');
  process.exit(1);
}

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' });
const globals = globalThis as Record<string, unknown>;
for (const key of [
  'window', 'document', 'navigator', 'HTMLElement', 'HTMLTextAreaElement', 'Node', 'Event', 'InputEvent', 'KeyboardEvent',
  'MouseEvent', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'MutationObserver', 'sessionStorage',
]) {
  globals[key] = (dom.window as unknown as Record<string, unknown>)[key];
}

interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

// React's fiber tags for components whose render function runs, and its PerformedWork flag.
const FUNCTION_COMPONENT = 0;
const CLASS_COMPONENT = 1;
const FORWARD_REF = 11;
const SIMPLE_MEMO_COMPONENT = 15;
const RENDERING_TAGS = new Set([FUNCTION_COMPONENT, CLASS_COMPONENT, FORWARD_REF, SIMPLE_MEMO_COMPONENT]);
const PERFORMED_WORK = 1;

const nameOf = (fiber: Fiber): string => {
  const type = fiber.type as { displayName?: string; name?: string; render?: { displayName?: string; name?: string } } | null;
  return type?.displayName || type?.name || type?.render?.displayName || type?.render?.name || 'Anonymous';
};

/** Components that rendered in this commit: new ones, and updated ones flagged with performed work. */
function renderedIn(next: Fiber, previous: Fiber | null, into: string[]): void {
  if (RENDERING_TAGS.has(next.tag) && (previous === null || (next.flags & PERFORMED_WORK) === PERFORMED_WORK)) into.push(nameOf(next));
  // Children shared with the previous tree bailed out: nothing below rendered.
  if (previous !== null && previous.child === next.child) return;
  for (let child = next.child; child; child = child.sibling) renderedIn(child, child.alternate, into);
}

let commits: string[][] = [];
// The hook React DevTools installs; React calls onCommitFiberRoot after every commit.
globals.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => undefined,
  onScheduleFiberRoot: () => undefined,
  onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
    const rendered: string[] = [];
    renderedIn(root.current, root.current.alternate, rendered);
    commits.push(rendered);
  },
  onPostCommitFiberRoot: () => undefined,
  onCommitFiberUnmount: () => undefined,
};

// Imported only now: React DOM looks for the hook when it loads.
const React = await import('react');
// React DOM's profiling build has the client API; @types/react-dom has no declaration for its path.
const PROFILING_BUILD = 'react-dom/profiling';
const { createRoot } = (await import(PROFILING_BUILD)) as typeof import('react-dom/client');
const { flushSync } = await import('react-dom');
const { MessageComposer } = await import('../src/components/MessageComposer.js');
const { useMessageComposer } = await import('../src/hooks/useMessageComposer.js');

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** What the jsdom window does after a frame: its rAF callbacks, then the tasks they posted. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 5), 0)));

/** Types `character` at the end of the textarea as a browser does: the value changes, then `input` fires. */
function type(textarea: HTMLTextAreaElement, character: string): void {
  const setValue = Object.getOwnPropertyDescriptor(dom.window.HTMLTextAreaElement.prototype, 'value')!.set!;
  setValue.call(textarea, textarea.value + character);
  textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  textarea.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
}

type Phase = 'keystroke' | 'after paint' | 'typing pause';
interface Measurement {
  scenario: string;
  /** A warning is held back while typing: the pause shows it (one commit); otherwise the pause renders nothing. */
  pauseShowsWarning: boolean;
  /** Per phase: how many commits, and per component how many of them it rendered in. */
  phases: Record<Phase, { commits: number; renders: Map<string, number> }>;
  /** Calls of the caller's textarea ref during the keystroke (0: it stayed attached). */
  refCalls: number;
}

/** Per component, the commits it rendered in; `commits` counts what the <Profiler> reported. */
const count = ({ commits: list, profiled }: { commits: string[][]; profiled: number }) => {
  const renders = new Map<string, number>();
  for (const commit of list) for (const name of new Set(commit)) renders.set(name, (renders.get(name) ?? 0) + 1);
  return { commits: profiled, renders };
};

/** Mounts `element`, lets it settle, types one character and collects the commits of each phase. */
async function measure(
  scenario: string,
  element: React.ReactElement,
  character: string,
  refCalls: () => number,
  pauseShowsWarning = false,
): Promise<Measurement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  let profiled = 0;
  flushSync(() => root.render(<React.Profiler id={scenario} onRender={() => void (profiled += 1)}>{element}</React.Profiler>));
  await afterPaint();
  await wait(1500);
  const textarea = container.querySelector('textarea')!;
  textarea.focus();
  const before = refCalls();
  commits = [];
  profiled = 0;
  type(textarea, character);
  const refCallsDuringKeystroke = refCalls() - before;
  const keystroke = { commits, profiled };
  commits = [];
  profiled = 0;
  await afterPaint();
  const painted = { commits, profiled };
  commits = [];
  profiled = 0;
  await wait(1500);
  const paused = { commits, profiled };
  root.unmount();
  container.remove();
  return {
    scenario,
    pauseShowsWarning,
    phases: { keystroke: count(keystroke), 'after paint': count(painted), 'typing pause': count(paused) },
    refCalls: refCallsDuringKeystroke,
  };
}

const noop = () => undefined;
let hookRefCalls = 0;
const countRef = () => void (hookRefCalls += 1);

/** The headless path: bare markup from the hook, with the caller's own (stable) ref on the textarea. */
function HeadlessComposer({ defaultValue }: { defaultValue: string }) {
  const composer = useMessageComposer({ contractState: 'none', onSend: noop, defaultValue });
  return (
    <form {...composer.getFormProps()}>
      <textarea {...composer.getTextareaProps({ 'aria-label': 'Message', ref: countRef })} />
      {composer.decision !== 'allow' && <p {...composer.getWarningProps({ role: 'alert' })}>Check your message</p>}
      <button {...composer.getSendButtonProps()}>Send</button>
    </form>
  );
}

function ControlledComposer({ defaultValue }: { defaultValue: string }) {
  const [value, setValue] = React.useState(defaultValue);
  return <MessageComposer contractState="none" onSend={noop} value={value} onValueChange={setValue} />;
}

const measurements = [
  await measure('MessageComposer, plain draft', <MessageComposer contractState="none" onSend={noop} defaultValue="Happy to start on Monday" />, '!', () => 0),
  await measure(
    'MessageComposer, typing a phone number',
    <MessageComposer contractState="none" onSend={noop} defaultValue="Sure, call me on +1 917 442 018" />,
    '8',
    () => 0,
  ),
  await measure(
    'MessageComposer, typing a link (a warning, held until the pause)',
    <MessageComposer contractState="none" onSend={noop} defaultValue="You can see more of my work at myportfolio.i" />,
    'o',
    () => 0,
    true,
  ),
  await measure('MessageComposer, controlled', <ControlledComposer defaultValue="call me on +1 917 442 0188 tomorrow" />, '!', () => 0),
  await measure('useMessageComposer, headless', <HeadlessComposer defaultValue="text me at ana@example.com" />, '!', () => hookRefCalls),
];

const verbose = process.argv.includes('--verbose');
const problems: string[] = [];
for (const { scenario, phases, refCalls, pauseShowsWarning } of measurements) {
  const lines: string[] = [];
  for (const [phase, { commits: commitCount, renders }] of Object.entries(phases)) {
    const list = [...renders].map(([name, times]) => `${name}×${times}`).join(', ') || 'nothing';
    lines.push(`  ${phase}: ${commitCount} commit(s); ${list}`);
    for (const [name, times] of renders) if (times > 1) problems.push(`${scenario}: ${name} rendered ${times} times in the ${phase} update`);
    // A commit in which every component bailed out still ran the function of the one that had an update.
    if (commitCount > 1) problems.push(`${scenario}: ${commitCount} commits in the ${phase} update`);
  }
  const pause = phases['typing pause'];
  if (pauseShowsWarning && !pause.renders.has('PolicyWarningBanner')) problems.push(`${scenario}: the typing pause did not show the held warning`);
  if (!pauseShowsWarning && pause.commits > 0) problems.push(`${scenario}: the typing pause rendered (${pause.commits} commit(s)) with no held warning to show`);
  if (refCalls > 0) problems.push(`${scenario}: the caller's textarea ref was called ${refCalls} times by one keystroke (detached and re-attached)`);
  if (verbose || problems.some((problem) => problem.startsWith(`${scenario}:`))) {
    console.log(`${scenario}${refCalls > 0 ? ` (textarea ref calls: ${refCalls})` : ''}`);
    for (const line of lines) console.log(line);
  }
}
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}\nOne keystroke should render each component once per update (keystroke, after paint), and the typing pause only to show a held warning.`);
  process.exit(1);
}
console.log(
  `check:renders: one keystroke renders each component once per update, the typing pause only to show a held warning (${measurements.length} scenarios, production build)`,
);

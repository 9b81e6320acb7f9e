import { act, createElement, Profiler, type ProfilerOnRenderCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { MessageComposer } from '../src/components/MessageComposer';
import { installDom } from './dom';
import { formatMs, type Report } from './measure';

const SENTENCE = 'Thanks for the brief, I can start on Monday and share the first draft by Friday. ';

function draftOf(size: number): string {
  return `${SENTENCE.repeat(Math.ceil(size / SENTENCE.length)).slice(0, size - 31)} call me on +1 917 442 0188 ok`.slice(0, size);
}

/** Resolves after the next frame the jsdom window "paints", once what it scheduled has run. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

interface KeystrokeCommits {
  /** The keystroke's own commit: what stands between the key and its frame. */
  keystroke: number;
  /** Every commit from then until after the next frame (the verdict's render, run after paint). */
  after: number;
}

/**
 * React commit time (Profiler actualDuration) per keystroke over the last `keystrokes` characters of
 * `draft`, split into the keystroke's own commit and the commits that follow it after the frame.
 */
async function commitPerKeystroke(render: (text: string) => ReturnType<typeof createElement>, draft: string, keystrokes: number): Promise<KeystrokeCommits> {
  installDom();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  let total = 0;
  const onRender: ProfilerOnRenderCallback = (_id, _phase, actualDuration) => {
    total += actualDuration;
  };
  const start = draft.length - keystrokes;
  act(() => root.render(createElement(Profiler, { id: 'bench', onRender }, render(draft.slice(0, start)))));
  await act(nextPaint);
  const keystroke: number[] = [];
  const after: number[] = [];
  for (let length = start + 1; length <= draft.length; length += 1) {
    total = 0;
    act(() => root.render(createElement(Profiler, { id: 'bench', onRender }, render(draft.slice(0, length)))));
    keystroke.push(total);
    total = 0;
    await act(nextPaint);
    after.push(total);
  }
  act(() => root.unmount());
  container.remove();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { keystroke: median(keystroke), after: median(after) };
}

const noop = () => undefined;
const composer = (text: string) => createElement(MessageComposer, { contractState: 'none', value: text, onValueChange: noop, onSend: noop });
const textarea = (text: string) => createElement('textarea', { 'aria-label': 'Message', value: text, onChange: noop });

export async function runComposerBench(report: Report): Promise<void> {
  report.title('styled composer (jsdom, React Profiler; medians of 3 rounds)');
  for (const size of [300, 5_000]) {
    const draft = draftOf(size);
    const ours: KeystrokeCommits[] = [];
    const plain: KeystrokeCommits[] = [];
    // Alternate so machine load affects both the same way.
    for (let round = 0; round < 3; round += 1) {
      ours.push(await commitPerKeystroke(composer, draft, 60));
      plain.push(await commitPerKeystroke(textarea, draft, 60));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    const keystroke = median(ours.map((run) => run.keystroke));
    const after = median(ours.map((run) => run.after));
    const plainKeystroke = median(plain.map((run) => run.keystroke));
    report.line(
      `<MessageComposer> React commit per keystroke, ${size}-char draft: ${formatMs(keystroke)} before the frame vs controlled <textarea> ${formatMs(plainKeystroke)} ` +
        `(ratio ${(keystroke / plainKeystroke).toFixed(1)}×); then ${formatMs(after)} after the frame (the verdict's render; drafts over 10,000 chars wait for a pause)`,
    );
    report.target(`${size}-char draft: composer commits per keystroke under one 60 Hz frame (${formatMs(keystroke + after)})`, keystroke + after < 16);
  }
}

import { act, createElement, Profiler, type ProfilerOnRenderCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { MessageComposer } from '../src/components/MessageComposer';
import { installDom } from './dom';
import { formatMs, type SuiteResult } from './measure';

const SENTENCE = 'Thanks for the brief, I can start on Monday and share the first draft by Friday. ';

function draftOf(size: number): string {
  return `${SENTENCE.repeat(Math.ceil(size / SENTENCE.length)).slice(0, size - 31)} call me on +1 917 442 0188 ok`.slice(0, size);
}

/**
 * React commit time (Profiler actualDuration, every commit a keystroke causes, including the
 * deferred verdict render) per keystroke over the last `keystrokes` characters of `draft`.
 */
function commitPerKeystroke(render: (text: string) => ReturnType<typeof createElement>, draft: string, keystrokes: number): number {
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
  const perKeystroke: number[] = [];
  for (let length = start + 1; length <= draft.length; length += 1) {
    total = 0;
    act(() => root.render(createElement(Profiler, { id: 'bench', onRender }, render(draft.slice(0, length)))));
    perKeystroke.push(total);
  }
  act(() => root.unmount());
  container.remove();
  perKeystroke.sort((a, b) => a - b);
  return perKeystroke[Math.floor(perKeystroke.length / 2)]!;
}

const noop = () => undefined;
const composer = (text: string) => createElement(MessageComposer, { contractState: 'none', value: text, onValueChange: noop, onSend: noop });
const textarea = (text: string) => createElement('textarea', { 'aria-label': 'Message', value: text, onChange: noop });

export function runComposerBench(): SuiteResult {
  const lines: string[] = [];
  const targets = [];
  for (const size of [300, 5_000]) {
    const draft = draftOf(size);
    const ours: number[] = [];
    const plain: number[] = [];
    // Alternate so machine load affects both the same way.
    for (let round = 0; round < 3; round += 1) {
      ours.push(commitPerKeystroke(composer, draft, 60));
      plain.push(commitPerKeystroke(textarea, draft, 60));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    lines.push(
      `<MessageComposer> React commit per keystroke, ${size}-char draft: ${formatMs(median(ours))} vs controlled <textarea> ${formatMs(median(plain))} (ratio ${(median(ours) / median(plain)).toFixed(1)}×)`,
    );
    targets.push({ label: `${size}-char draft: composer commit per keystroke under one 60 Hz frame (${formatMs(median(ours))})`, pass: median(ours) < 16 });
  }
  return { title: 'styled composer (jsdom, React Profiler)', lines, targets };
}

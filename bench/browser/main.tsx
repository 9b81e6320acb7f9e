import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MessageComposer } from '../../src/components/MessageComposer';
import '../../src/styles/index.css';

// Latency of each key press: from the keydown's timestamp to the first frame after it (a
// requestAnimationFrame callback, then a task, which runs after the frame was produced).
const latencies: number[] = [];
(window as unknown as { latencies: number[] }).latencies = latencies;
document.addEventListener(
  'keydown',
  (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => latencies.push(performance.now() - start);
      channel.port2.postMessage(undefined);
    });
  },
  { capture: true },
);

function Plain() {
  const [value, setValue] = useState('');
  return <textarea aria-label="Message" value={value} onChange={(event) => setValue(event.target.value)} rows={4} cols={80} />;
}

function Composer() {
  const [value, setValue] = useState('');
  const variant = new URLSearchParams(location.search).get('variant');
  const options = variant === 'nodetect' ? { detectorOptions: { kinds: [] } } : {};
  return <MessageComposer contractState="none" value={value} onValueChange={setValue} onSend={() => undefined} submitOnEnter={false} {...options} />;
}

const page = new URLSearchParams(location.search).get('page');
createRoot(document.getElementById('root')!).render(page === 'composer' ? <Composer /> : <Plain />);

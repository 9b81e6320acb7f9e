import { useState } from 'react';
import { MessageComposer, OnPlatformProvider, ProtectedMessage } from 'onplatform';
import 'onplatform/styles.css';
import './App.css';

const CONTRACT_STATES = ['none', 'pending', 'active', 'ended'];

export default function App() {
  const [contractState, setContractState] = useState('none');
  const [sent, setSent] = useState([]);
  return (
    <OnPlatformProvider locale="en" policyUrl="https://example.com/help/policy">
      <h1>Vite + onplatform</h1>
      <div className="conversation">
        <label>
          Contract{' '}
          <select value={contractState} onChange={(event) => setContractState(event.target.value)}>
            {CONTRACT_STATES.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </select>
        </label>
        <ProtectedMessage
          text="Hi! Happy to help with the move. When would you like to start?"
          author="Ana"
          contractState={contractState}
          onReport={(report) => console.info('report', report.reason)}
        />
        <ul className="sent" aria-label="Sent messages">
          {sent.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
        <MessageComposer contractState={contractState} onSend={(text) => setSent((list) => [...list, text])} />
      </div>
    </OnPlatformProvider>
  );
}

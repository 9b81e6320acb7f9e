// A Server Component: it renders onplatform's components directly, as the README shows. The
// components are client components ("use client" in the package); the page passes them only
// serialisable props and Server Actions.
import { revalidatePath } from 'next/cache';
import Link from 'next/link';
import { MessageComposer, OnPlatformProvider, ProtectedMessage } from 'onplatform';
import { checkMessage, redactMessage } from 'onplatform/core';
import 'onplatform/styles.css';

// Stands in for your database.
const sentMessages = [];
const receivedMessage = 'Great, call me on +1 646 555 0142 and we can settle the details.';

async function sendMessage(contractState, text) {
  'use server';
  // Enforce the same policy where the message is stored: the browser's check can be bypassed.
  // (In your app, read the conversation's contract state from your database here.)
  const verdict = checkMessage(text, { contractState });
  if (verdict.decision === 'block') throw new Error(`Blocked by policy: ${verdict.violations.map((v) => v.rule).join(', ')}`);
  sentMessages.push(text);
  revalidatePath('/');
}

async function reportMessage(report) {
  'use server';
  console.info('report', report.reason);
}

export default async function Page({ searchParams }) {
  const { contract } = await searchParams;
  const contractState = contract === 'active' ? 'active' : 'none';
  return (
    <OnPlatformProvider locale="en" policyUrl="/help/policy">
      <main>
        <h1>Next.js + onplatform</h1>
        <p>
          Contract: <strong>{contractState}</strong>{' '}
          {contractState === 'active' ? <Link href="/">End the contract</Link> : <Link href="/?contract=active">Start the contract</Link>}
        </p>
        <ProtectedMessage
          text="Hi! Happy to help with the move. When would you like to start?"
          author="Ana"
          contractState={contractState}
          onReport={reportMessage}
        />
        {/* Masked here, on the server: before a contract the number never reaches the browser, not
            even in the page's data. */}
        <ProtectedMessage redacted={redactMessage(receivedMessage, { contractState })} author="Ben" onReport={reportMessage} />
        <ul className="sent" aria-label="Sent messages">
          {sentMessages.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
        <MessageComposer contractState={contractState} onSend={sendMessage.bind(null, contractState)} />
      </main>
    </OnPlatformProvider>
  );
}

import { useId, useMemo, useState } from 'react';
import { CONTRACT_STATES, checkMessage, createDetector, type ContactMatch, type PolicyViolation } from '../../src/core/index';
import { useOnPlatformSettings } from '../../src/hooks/OnPlatformProvider';
import './DetectorPlayground.css';

export interface DetectorPlaygroundProps {
  /** Text shown when the story opens. */
  initialText: string;
  /** ISO region for national phone numbers. */
  defaultCountry?: string;
}

/** Renders text with each match wrapped in <mark>; user text is only ever rendered as text. */
function Highlighted({ text, matches }: { text: string; matches: ContactMatch[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.start > cursor) parts.push(text.slice(cursor, match.start));
    parts.push(
      <mark key={match.start} data-kind={match.kind} title={match.kind}>
        {match.text}
      </mark>,
    );
    cursor = match.end;
  }
  parts.push(text.slice(cursor));
  return <p className="playground-highlighted">{parts}</p>;
}

/** One entry per rule and reason: three phone numbers read the same sentence. */
function distinctRules(violations: readonly PolicyViolation[]): PolicyViolation[] {
  const seen = new Set<string>();
  return violations.filter((violation) => {
    const key = `${violation.rule} ${violation.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Type or paste anything and see what the detector finds and what each contract state decides. */
export function DetectorPlayground({ initialText, defaultCountry }: DetectorPlaygroundProps) {
  const [text, setText] = useState(initialText);
  const copy = useOnPlatformSettings().messages;
  const inputId = useId();
  const detector = useMemo(() => createDetector(defaultCountry ? { defaultCountry } : {}), [defaultCountry]);
  const matches = useMemo(() => detector.detect(text), [detector, text]);
  return (
    <div className="playground">
      <label htmlFor={inputId}>Message</label>
      <textarea id={inputId} value={text} rows={4} onChange={(event) => setText(event.target.value)} />
      <Highlighted text={text} matches={matches} />
      <table aria-label="Matches">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Span</th>
            <th scope="col">Text</th>
            <th scope="col">Value</th>
            <th scope="col">Platform</th>
            <th scope="col">Disguised</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {matches.length === 0 ? (
            <tr>
              <td colSpan={7}>No contact details found.</td>
            </tr>
          ) : (
            matches.map((match) => (
              <tr key={match.start}>
                <td>{match.kind}</td>
                <td>
                  {match.start}–{match.end}
                </td>
                <td>{match.text}</td>
                <td>{match.value ?? ''}</td>
                <td>{match.platform ?? ''}</td>
                <td>{match.obfuscated ? 'yes' : 'no'}</td>
                <td>{match.confidence.toFixed(2)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <table aria-label="Verdict per contract state">
        <thead>
          <tr>
            {CONTRACT_STATES.map((state) => (
              <th scope="col" key={state}>
                {state}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {CONTRACT_STATES.map((state) => {
              const verdict = checkMessage(text, { contractState: state, detector });
              return (
                <td key={state} data-decision={verdict.decision}>
                  {verdict.decision}
                  {verdict.violations.length > 0 && (
                    // The rule id (for logs and the server) beside the sentence a person reads, in the toolbar's locale.
                    <ul className="playground-rules">
                      {distinctRules(verdict.violations).map((violation) => (
                        <li key={`${violation.rule}-${violation.reason}`}>
                          <code>{violation.rule}</code> <span dir="auto">{copy.rule(violation.kind, violation.reason, violation.action)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

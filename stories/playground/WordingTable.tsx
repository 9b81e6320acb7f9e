import { ALL_CATALOGUES, RTL_LOCALES } from '../../src/messages/all';
import { en } from '../../src/messages/en';
import { type Messages, resolveMessages } from '../../src/messages/index';
import { MESSAGE_SAMPLES } from '../support/messageSamples';
import './WordingTable.css';

const LOCALES = Object.keys(ALL_CATALOGUES);

/** A message's text for display: the string, or the function called with one set of sample arguments. */
function textOf(messages: Messages, key: keyof Messages, args: unknown[] | undefined): string {
  const value = messages[key];
  return typeof value === 'function' ? (value as (...a: unknown[]) => string)(...(args ?? [])) : value;
}

/** One row per locale for every key of `Messages` (and each sample call of a function key), generated from the catalogues. */
export function WordingTable() {
  const keys = Object.keys(en) as (keyof Messages)[];
  const catalogues = Object.fromEntries(LOCALES.map((locale) => [locale, resolveMessages(locale, undefined, ALL_CATALOGUES)]));
  return (
    <div className="wording">
      {keys.map((key) => {
        const calls = typeof en[key] === 'function' ? (MESSAGE_SAMPLES[key] ?? [[]]) : [undefined];
        return (
          <details key={key} className="wording-key">
            <summary>
              <code>{key}</code> — {textOf(en, key, calls[0])}
            </summary>
            {calls.map((args, index) => (
              <table key={index} className="wording-table">
                <caption>
                  <code>
                    {key}
                    {args ? `(${args.map((arg) => JSON.stringify(arg)).join(', ')})` : ''}
                  </code>
                </caption>
                <tbody>
                  {LOCALES.map((locale) => (
                    <tr key={locale}>
                      <th scope="row">{locale}</th>
                      <td lang={locale} dir={RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr'}>
                        {textOf(catalogues[locale]!, key, args) || <em lang="en">(empty)</em>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </details>
        );
      })}
    </div>
  );
}

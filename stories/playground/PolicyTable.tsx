import { CONTACT_KINDS, CONTRACT_STATES, DEFAULT_POLICY } from '../../src/core/index';

/** The default policy as a table, read from the exported data. */
export function PolicyTable() {
  return (
    <table>
      <caption>Decision per kind of finding and contract state</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          {CONTRACT_STATES.map((state) => (
            <th scope="col" key={state}>
              {state}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CONTACT_KINDS.map((kind) => (
          <tr key={kind}>
            <th scope="row">{kind}</th>
            {CONTRACT_STATES.map((state) => (
              <td key={state}>{DEFAULT_POLICY.rules[kind][state]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

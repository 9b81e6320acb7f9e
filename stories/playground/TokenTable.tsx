import tokensCss from '../../src/styles/tokens.css?raw';

// Component stylesheets: the per-component variables they declare (hooks for a single component).
const componentCss = import.meta.glob<string>(['../../src/styles/*.css', '!../../src/styles/tokens.css', '!../../src/styles/index.css'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
import './TokenTable.css';

interface Token {
  name: string;
  light: string;
  dark: string | undefined;
}

/** Every `--op-*` declaration in a block of tokens.css, in source order. */
function declarations(selector: string): Map<string, string> {
  const start = tokensCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no "${selector}" block`);
  const body = tokensCss.slice(start, tokensCss.indexOf('}', start));
  return new Map([...body.matchAll(/(--op-[a-z0-9-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}

/** Read from the shipped file itself, so the page cannot drift from it. */
function readTokens(): { base: Token[]; colours: Token[] } {
  const base = declarations(':root');
  const light = declarations(":where(:root, [data-theme='light'])");
  const dark = declarations(":where([data-theme='dark'])");
  return {
    base: [...base].map(([name, value]) => ({ name, light: value, dark: undefined })),
    colours: [...light].map(([name, value]) => ({ name, light: value, dark: dark.get(name) })),
  };
}

function Swatch({ name, theme }: { name: string; theme: 'light' | 'dark' }) {
  // The swatch sits inside a data-theme wrapper and reads the variable, so it shows what a
  // component in that theme gets (an override in the page would show here too).
  return (
    <span data-theme={theme} className="token-swatch-frame">
      <span className="token-swatch" style={{ background: `var(${name})` }} aria-hidden="true" />
    </span>
  );
}

/** `--op-*` variables a component stylesheet declares itself, with the file and the first value. */
function componentVariables(): { name: string; file: string; value: string }[] {
  return Object.entries(componentCss).flatMap(([path, css]) => {
    const seen = new Map<string, string>();
    for (const [, name, value] of css.matchAll(/(--op-[a-z0-9-]+):\s*([^;]+);/g)) if (!seen.has(name!)) seen.set(name!, value!.trim());
    return [...seen].map(([name, value]) => ({ name, file: path.split('/').pop()!, value }));
  });
}

/** The colour tokens with light and dark swatches, then the other tokens with their values. */
export function TokenTable() {
  const { base, colours } = readTokens();
  const perComponent = componentVariables();
  return (
    <>
      <table className="token-table">
        <caption>Colour tokens (light and dark)</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          {colours.map((token) => (
            <tr key={token.name}>
              <th scope="row">
                <code>{token.name}</code>
              </th>
              <td>
                {token.name === '--op-color-scheme' ? null : <Swatch name={token.name} theme="light" />} <code>{token.light}</code>
              </td>
              <td>
                {token.name === '--op-color-scheme' ? null : <Swatch name={token.name} theme="dark" />} <code>{token.dark}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="token-table">
        <caption>Type, shape, spacing and motion (the same in both themes)</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {base.map((token) => (
            <tr key={token.name}>
              <th scope="row">
                <code>{token.name}</code>
              </th>
              <td>
                <code>{token.light}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="token-table">
        <caption>Per-component variables (set by state selectors; override them on the component's class)</caption>
        <thead>
          <tr>
            <th scope="col">Variable</th>
            <th scope="col">Stylesheet</th>
            <th scope="col">First value</th>
          </tr>
        </thead>
        <tbody>
          {perComponent.map((variable) => (
            <tr key={`${variable.file}${variable.name}`}>
              <th scope="row">
                <code>{variable.name}</code>
              </th>
              <td>{variable.file}</td>
              <td>
                <code>{variable.value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

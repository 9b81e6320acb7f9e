// Finds Debian's Chromium for the browser tests, installing it when running as root on Debian.
// Never downloads a browser build: that fails on these machines.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((path) => existsSync(path));

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian\'s "chromium" package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
}
const path = found();
if (!path) {
  console.error(
    'The browser tests need Chromium. Install Debian\'s package with `sudo apt-get install chromium` ' +
      '(or set CHROMIUM_PATH to a Chromium/Chrome binary) and run the tests again.',
  );
  process.exit(1);
}
console.log(`Chromium for browser tests: ${path}`);

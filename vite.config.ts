/// <reference types="vitest/config" />
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The React 18 copies live in their own little package (test/react18): npm cannot place react-dom 18,
// whose peer is react ^18, next to the project's react 19, so an `npm:` alias at the root fails.
const react18Modules = resolve(root, 'test/react18/node_modules');
type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
// The React major a package.json pins, so the version test follows an upgrade without an edit.
const reactMajorPinnedBy = (packageJson: string) => {
  const manifest = JSON.parse(readFileSync(resolve(root, packageJson), 'utf8')) as Manifest;
  return (manifest.devDependencies?.react ?? manifest.dependencies?.react ?? '').split('.')[0]!;
};

// Every package outside src that imports react has to go through Vite's resolver, or Node would load
// it with the root's React 19 and the 18 run would mix two Reacts. user-event imports no React, but it
// must reach the same @testing-library/dom copy that Testing Library set up to wrap events in act().
const reactUsingDependencies = [
  /\/@testing-library\/react\//,
  /\/@testing-library\/user-event\//,
  /\/@radix-ui\//,
  /\/@floating-ui\/react-dom\//,
  /\/react-remove-scroll(-bar)?\//,
  /\/react-style-singleton\//,
  /\/use-callback-ref\//,
  /\/use-sidecar\//,
];

// The catalogues published as `onplatform/locales/<tag>` (package.json "exports" lists the same tags).
const LOCALE_ENTRIES = ['pt-BR', 'fr', 'de', 'it', 'ru', 'pl', 'tr', 'ar', 'hi', 'id', 'vi', 'zh-Hans', 'ja', 'all'];

// Everything the package depends on stays external: consumers' bundlers dedupe and tree-shake it.
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, /^libphonenumber-js($|\/)/];

/** A Vitest project that runs every story in Chromium, with the toolbar globals pinned to `initialGlobals`. */
const storyTestProject = (name: string, initialGlobals: Record<string, string> = {}, groupOrder = 0) => ({
  extends: true as const,
  plugins: [storybookTest({ configDir: resolve(root, '.storybook'), initialGlobals })],
  test: {
    name,
    // axe over the generated reference tables (every wording key in every catalogue) takes 3 s on a
    // quiet machine and passed 15 s on a loaded one: the story itself never waits on anything slow.
    testTimeout: 60_000,
    // Two Chromium runs at once on a two-core machine would slow the stories that time a render.
    sequence: { groupOrder },
    setupFiles: [resolve(root, '.storybook/vitest.setup.ts')],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
});

export default defineConfig({
  plugins: [react()],
  // A git worktree may link node_modules to another checkout's; Vite serves only files under allowed
  // roots, so the browser tests would fail there without the link's real location.
  server: { fs: { allow: [root, realpathSync(resolve(root, 'node_modules'))] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        core: resolve(root, 'src/core/index.ts'),
        // One entry per catalogue, so an app ships only the languages it imports (en and es are in index).
        ...Object.fromEntries(LOCALE_ENTRIES.map((tag) => [`locales/${tag}`, resolve(root, `src/messages/${tag}.ts`)])),
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // The React entry is client code: without the directive, importing a component in a Next.js
        // Server Component fails ("createContext only works in Client Components"). The core entry and
        // the shared core chunk stay directive-free, so servers and Server Components can call core.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
      },
    },
  },
  test: {
    globals: true,
    // The machines are shared: under load a file's first test (jsdom start-up, axe) can pass 5 s.
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          env: { EXPECTED_REACT_MAJOR: reactMajorPinnedBy('package.json') },
        },
      },
      {
        // The same React-touching tests against React 18 (the peer range is ^18 || ^19). The core and
        // script tests never import React, so running them twice would only cost time.
        extends: true,
        resolve: {
          // Vitest resolves like Node (no mainFields), which picks the CommonJS builds of Testing Library
          // and react-remove-scroll; their require('react') would bypass the alias. Their ESM builds don't.
          mainFields: ['module', 'main'],
          alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18Modules}/$1$2` }],
        },
        test: {
          name: 'unit-react18',
          include: ['test/**/*.test.{ts,tsx}'],
          // test/hardening/*.test.ts are React-free core checks too (the .tsx ones touch React).
          exclude: ['test/core/**', 'test/scripts/**', 'test/support/**', 'test/hardening/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          env: { EXPECTED_REACT_MAJOR: reactMajorPinnedBy('test/react18/package.json') },
          server: { deps: { inline: reactUsingDependencies } },
        },
      },
      // Every story runs as a test in Debian's Chromium, with axe failing on any violation…
      storyTestProject('storybook'),
      // …and again in Arabic, right to left (the toolbar's locale global; the direction follows it).
      // Stories whose play functions find controls by English names keep the English copy there,
      // still right to left (.storybook/preview.tsx); stories/Locales.stories.tsx plays the Arabic states.
      storyTestProject('storybook-ar', { locale: 'ar', englishForInteractions: 'yes' }, 1),
    ],
  },
});

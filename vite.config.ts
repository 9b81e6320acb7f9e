/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Everything the package depends on stays external: consumers' bundlers dedupe and tree-shake it.
const external = [/^@noble\//, /^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, /^libphonenumber-js($|\/)/];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    lib: {
      entry: { index: resolve(root, 'src/index.ts'), core: resolve(root, 'src/core/index.ts') },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        // Every story runs as a test in Debian's Chromium, with axe failing on any violation.
        extends: true,
        plugins: [storybookTest({ configDir: resolve(root, '.storybook') })],
        test: {
          name: 'storybook',
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
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

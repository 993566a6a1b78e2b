import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node', setupFiles: ['tests/unit/setup.ts'] },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ['tests/browser/firefox/**', 'tests/browser/policy/**'],
          environment: 'node',
          // a real browser on a loaded machine can take longer than the default second to show a change
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Firefox ESR over WebDriver BiDi (tests/browser/firefox/harness.ts); its own run, so its count shows apart.
        test: {
          name: 'firefox',
          include: ['tests/browser/firefox/**/*.test.ts'],
          exclude: ['tests/browser/policy/**'],
          environment: 'node',
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Machine-wide policy files (tests/browser/policy/policy-files.ts): alone, after every other browser test.
        test: {
          name: 'policy',
          include: ['tests/browser/policy/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

// Tests import sibling packages from source, so `vitest` needs no prior build and
// stack traces point at .ts files. Packaging itself is tested against the built tarballs.
import { fileURLToPath } from 'node:url';

const pkg = (name: string, file = 'index.ts') => fileURLToPath(new URL(`./packages/${name}/src/${file}`, import.meta.url));

// Subpath exports first: an alias also matches its key followed by `/…`.
export const aliases = {
  '@scherp/parser/incremental': pkg('parser', 'incremental.ts'),
  '@scherp/linter/session': pkg('linter', 'session/index.ts'),
  '@scherp/corpus': pkg('corpus'),
  '@scherp/parser': pkg('parser'),
  '@scherp/linter': pkg('linter'),
  '@scherp/cli': pkg('cli'),
  '@scherp/language-server': pkg('language-server'),
};

/**
 * Test settings every package shares. Besides the usual console output, each run writes a JSON result that
 * `scripts/test-summary.mjs` totals after `turbo run test`, so `npm test` ends with one "N passed, N failed" line.
 */
export const sharedTest = {
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: '.vitest-result.json' },
  // Several suites spawn real processes (the scherp bin, remark-cli, the language server, Chromium); on a
  // busy 2-core CI machine these take seconds, so the 5 s default would make them flaky, not faster.
  testTimeout: 30_000,
  hookTimeout: 120_000,
};

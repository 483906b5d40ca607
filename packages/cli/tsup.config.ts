import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library and the worker: ESM + CJS. The worker is loaded by URL next to the bundled code.
    entry: { index: 'src/index.ts', 'lint-worker': 'src/lint/lint-worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    // import.meta.url in the CJS build (to find the worker script).
    shims: true,
  },
  {
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
]);

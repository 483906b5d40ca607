import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library and the worker: ESM + CJS. The worker is loaded by URL next to the bundled code.
    // `report` is the HTML report renderer alone (`@scherp/cli/report`): no Node built-ins, so that the web page
    // can export the same report.
    entry: { index: 'src/index.ts', 'lint-worker': 'src/lint/lint-worker.ts', report: 'src/report/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', report: 'src/report/index.ts' } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    // import.meta.url in the CJS build (to find the worker script).
    shims: true,
  },
  {
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    // The command bundles its small dependencies (commander, globby, picomatch, …): resolving and loading
    // them module by module cost ≈ 50 ms of every run. External: our own packages, yaml (shared with the
    // parser), and what is loaded only when needed (cosmiconfig with its loaders, ajv).
    noExternal: [/^(?!@scherp\/|yaml$|cosmiconfig$|ajv$).*/],
    // Bundled CommonJS dependencies call require(); give the ES module one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __scherpCreateRequire } from 'node:module';\nconst require = __scherpCreateRequire(import.meta.url);" },
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
]);

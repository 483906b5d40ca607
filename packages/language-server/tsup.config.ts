import { defineConfig } from 'tsup';

export default defineConfig({
  // `bin` is the executable (dist/bin.js, ESM since the package is "type": "module"; tsup keeps the shebang
  // and marks it executable). Its CJS twin is unused but harmless.
  // `explain` (`@scherp/language-server/explain`): the hover's explanation of a finding, free of the LSP and of
  // Node, for the web page.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', explain: 'src/explain.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', explain: 'src/explain.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});

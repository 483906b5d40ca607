import { defineConfig } from 'tsup';

export default defineConfig({
  // `bin` is the executable (dist/bin.js, ESM since the package is "type": "module"; tsup keeps the shebang
  // and marks it executable). Its CJS twin is unused but harmless.
  // `hover` (`@scherp/language-server/hover`): the hover's explanation of a finding, for the web page. It needs
  // no Node and no connection (only the protocol's constants), so browsers and workers can bundle it.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', hover: 'src/hover.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', hover: 'src/hover.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});

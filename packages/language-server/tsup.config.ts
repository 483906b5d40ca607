import { defineConfig } from 'tsup';

export default defineConfig({
  // `bin` is the executable (dist/bin.js, ESM since the package is "type": "module"; tsup keeps the shebang
  // and marks it executable). Its CJS twin is unused but harmless.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});

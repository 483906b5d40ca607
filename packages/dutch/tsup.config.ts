import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps: they would repeat the multi-megabyte model literal.
  sourcemap: false,
  clean: true,
  target: 'node20',
});

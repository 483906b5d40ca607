import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: { index: 'src/index.ts', incremental: 'src/incremental.ts' },
  dts: true,
  sourcemap: true,
  target: 'node20',
};

/**
 * Both builds bundle unified, remark and micromark. For CommonJS this is required: they ship ES modules only,
 * and `require` must work without relying on require(esm). For ES modules it is about start-up: micromark
 * is about a hundred small modules, and resolving and loading them one by one took ≈ 150 ms of every
 * `scherp` run (and of every worker thread); bundled, the parser loads in ≈ 60 ms. @scherp/corpus and yaml
 * stay external (they have builds of their own, and yaml is shared with the CLI).
 */
const bundled = { noExternal: [/^(?!@scherp\/corpus$|yaml$).*/] };

export default defineConfig([
  { ...shared, ...bundled, format: ['esm'] },
  { ...shared, ...bundled, format: ['cjs'] },
]);

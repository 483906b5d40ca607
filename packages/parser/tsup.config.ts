import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: ['src/index.ts'],
  dts: true,
  sourcemap: true,
  target: 'node20',
};

export default defineConfig([
  { ...shared, format: ['esm'] },
  {
    ...shared,
    format: ['cjs'],
    // unified, remark and micromark ship ES modules only; the CommonJS build bundles them so `require`
    // works without relying on require(esm). @scherp/corpus and yaml have CommonJS builds of their own.
    noExternal: [/^(?!@scherp\/corpus$|yaml$).*/],
  },
]);

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
 * stay external (they have builds of their own, and yaml is shared with the CLI), and so does mammoth (the
 * .docx reader, loaded on first use; its package maps its Node-only files to browser ones for bundlers).
 */
const bundled = { noExternal: [/^(?!@scherp\/corpus$|yaml$|mammoth$).*/] };

/**
 * The browser build (`browser` export condition, dist/browser; also for web workers): unified's vfile is
 * bundled in its portable variant instead of the one that imports path, process and url. The file-reading functions load
 * node:fs/promises only when called (read.ts), so nothing else in it needs Node.
 */
export default defineConfig([
  { ...shared, ...bundled, format: ['esm'] },
  { ...shared, ...bundled, format: ['cjs'] },
  {
    ...shared,
    ...bundled,
    dts: false,
    format: ['esm'],
    // Neutral, not browser: micromark's entity decoder has a DOM variant for browsers, which fails in a worker.
    platform: 'neutral',
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
    target: 'es2022',
    outDir: 'dist/browser',
  },
]);

// Bundles the extension and the language server into two self-contained CommonJS files, so the .vsix
// runs without node_modules. `vscode` is provided by the editor; everything else is inlined.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = !process.argv.includes('--dev');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // VS Code 1.90 ships Electron 29 with Node 20.9.
  target: 'node20',
  sourcemap: production ? false : 'inline',
  minify: production,
  legalComments: 'none',
  absWorkingDir: root,
  logLevel: 'warning',
  // The workspace packages publish ESM and CJS; prefer ESM so esbuild can drop unused exports.
  mainFields: ['module', 'main'],
  conditions: ['import'],
};

await Promise.all([
  build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] }),
  build({ ...common, entryPoints: ['src/server.ts'], outfile: 'dist/server.cjs' }),
]);

// Bundles the extension and the language server into two self-contained CommonJS files, so the .vsix
// runs without node_modules. `vscode` is provided by the editor; everything else is inlined.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = (file) => fileURLToPath(new URL(`../../../packages/${file}`, import.meta.url));
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
  // Prefer ESM builds of third-party packages so esbuild can drop unused exports.
  mainFields: ['module', 'main'],
  conditions: ['import'],
  // The Scherp packages are bundled from source (as the tests use them), so the extension build does not
  // depend on their declaration builds.
  alias: {
    ...Object.fromEntries(
      ['corpus', 'parser', 'linter', 'language-server'].map((name) => [`@scherp/${name}`, source(`${name}/src/index.ts`)]),
    ),
    // Subpath exports need their own entries: esbuild would otherwise map them below the main entry file.
    '@scherp/cli/report': source('cli/src/report/index.ts'),
    '@scherp/linter/session': source('linter/src/session/index.ts'),
    '@scherp/parser/incremental': source('parser/src/incremental.ts'),
  },
};

try {
  await Promise.all([
    build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', external: ['vscode'] }),
    build({ ...common, entryPoints: ['src/server.ts'], outfile: 'dist/server.cjs' }),
  ]);
} catch {
  // esbuild has already printed each error with its file and position.
  process.exit(1);
}

// Tests import sibling packages from source, so `vitest` needs no prior build and
// stack traces point at .ts files. Packaging itself is tested against the built tarballs.
import { fileURLToPath } from 'node:url';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export const aliases = {
  '@scherp/corpus': pkg('corpus'),
  '@scherp/parser': pkg('parser'),
  '@scherp/linter': pkg('linter'),
  '@scherp/cli': pkg('cli'),
  '@scherp/language-server': pkg('language-server'),
};

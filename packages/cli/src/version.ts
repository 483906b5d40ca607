import pkg from '../package.json' with { type: 'json' };

/** The @scherp/cli version, bundled at build time (reported by --version, SARIF and the cache key). */
export const VERSION: string = pkg.version;
export const HOMEPAGE = 'https://github.com/scherp-nl/scherp#readme';

import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { cosmiconfig, type Loader } from 'cosmiconfig';
import { ConfigFileError, isConfigFileError, msg, oneLine } from './errors.js';
import { JS_CONFIG_TIMEOUT_MS, loadJsConfig } from './js-config.js';
import { parseJsonConfig, parseYamlConfig } from './parse-text.js';

/** Looked up in this order in each directory; a package.json counts only with a "scherp" key. */
export const CONFIG_FILE_NAMES = [
  'package.json',
  'scherp.config.json',
  'scherp.config.yaml',
  'scherp.config.yml',
  'scherp.config.js',
  'scherp.config.mjs',
  'scherp.config.cjs',
] as const;

export function isJavaScriptConfig(file: string): boolean {
  return /\.[cm]?js$/.test(file);
}

export interface ConfigLoaderOptions {
  /**
   * False where running code from the workspace is not allowed (an untrusted editor workspace): a
   * JavaScript config is then found but not run, and reported as `skipped`. Default true.
   */
  allowJavaScript?: boolean;
  /** Time limit for loading one JavaScript config, in milliseconds (default 5 000). */
  jsTimeoutMs?: number;
}

export interface FoundConfig {
  /** Absolute path of the file (package.json for its "scherp" key). */
  filepath: string;
  /** The configuration as written (not validated here); `{}` for an empty file. */
  config: unknown;
  /** Set when the file is a JavaScript config that was not run because JavaScript is not allowed. */
  skipped?: 'untrusted-javascript';
}

/**
 * Finds and reads configuration files. Discovery is cosmiconfig's (well kept, the loaders are ours): it
 * looks in ONE directory per call (`searchStrategy: 'none'`), the walk upwards is `nearest`, so each
 * directory is read once and the search never escapes into a global config folder. Every problem is a
 * `ConfigFileError` naming the file and, for syntax errors, the line and column.
 */
export class ConfigLoader {
  readonly #allowJs: boolean;
  readonly #timeout: number;
  readonly #explorer: Explorer | undefined;
  /** Why the explorer could not be made; thrown by every search, where callers expect errors. */
  readonly #broken: unknown;
  readonly #byDirectory = new Map<string, Promise<FoundConfig | null>>();

  constructor(options: ConfigLoaderOptions = {}) {
    this.#allowJs = options.allowJavaScript ?? true;
    this.#timeout = options.jsTimeoutMs ?? JS_CONFIG_TIMEOUT_MS;
    const json: Loader = (file, content) => parseJsonConfig(file, content);
    const yaml: Loader = (file, content) => parseYamlConfig(file, content);
    const js: Loader = (file) => (this.#allowJs ? loadJsConfig(file, this.#timeout) : SKIPPED);
    try {
      this.#explorer = createExplorer({ '.json': json, '.yaml': yaml, '.yml': yaml, '.js': js, '.mjs': js, '.cjs': js, noExt: yaml });
    } catch (error) {
      this.#broken = error;
    }
  }

  /** The config file in exactly this directory, or null. */
  async inDirectory(dir: string): Promise<FoundConfig | null> {
    await this.#checkReadable(dir);
    try {
      return found(await this.#explorerOrThrow().search(dir));
    } catch (error) {
      throw asConfigError(error, dir);
    }
  }

  /** A config file named explicitly. */
  async load(file: string): Promise<FoundConfig> {
    const filepath = path.resolve(file);
    let result;
    try {
      const info = await stat(filepath);
      if (!info.isFile()) throw new ConfigFileError(filepath, msg('is geen bestand', 'is not a file'));
      if (path.basename(filepath) === 'package.json') parseJsonConfig(filepath, await readFile(filepath, 'utf8'));
      result = found(await this.#explorerOrThrow().load(filepath));
    } catch (error) {
      throw asConfigError(error, filepath);
    }
    if (!result) throw new ConfigFileError(filepath, msg('geen scherp-configuratie in dit bestand', 'no scherp configuration in this file'));
    return result;
  }

  /** The config file nearest to `dir`: its own, else its parent's, and so on up; cached per directory. */
  nearest(dir: string): Promise<FoundConfig | null> {
    const key = path.resolve(dir);
    let pending = this.#byDirectory.get(key);
    if (!pending) {
      const parent = path.dirname(key);
      pending = this.inDirectory(key).then((own) => own ?? (parent === key ? null : this.nearest(parent)));
      this.#byDirectory.set(key, pending);
    }
    return pending;
  }

  #explorerOrThrow(): Explorer {
    if (!this.#explorer) throw this.#broken;
    return this.#explorer;
  }

  /** Forget what was read (a watched config file changed). */
  clear(): void {
    this.#byDirectory.clear();
  }

  /**
   * cosmiconfig skips a config file it cannot read as if it were absent, which silently lints with the
   * defaults: every config name that exists in the directory must be a readable file.
   */
  async #checkReadable(dir: string): Promise<void> {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      let info;
      try {
        info = await stat(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') continue;
        throw new ConfigFileError(file, unreadable(code));
      }
      if (info.isDirectory()) {
        if (name === 'package.json') continue;
        throw new ConfigFileError(file, msg('is een map, geen configuratiebestand', 'is a directory, not a configuration file'));
      }
      let content: string;
      try {
        content = await readFile(file, 'utf8');
      } catch (error) {
        throw new ConfigFileError(file, unreadable((error as NodeJS.ErrnoException).code));
      }
      // cosmiconfig parses package.json itself and reports a syntax error without its position.
      if (name === 'package.json') parseJsonConfig(file, content);
      if (name !== 'package.json') return; // the first config file wins; later names are never read
    }
  }
}

const SKIPPED = Symbol('skipped');

type Explorer = ReturnType<typeof cosmiconfig>;

/**
 * cosmiconfig reads a "meta config" from the package.json of the WORKING directory when it is created, and
 * reports a syntax error there without its position: that file is checked first, with ours.
 */
function createExplorer(loaders: Record<string, Loader>): Explorer {
  try {
    return cosmiconfig('scherp', { searchPlaces: [...CONFIG_FILE_NAMES], searchStrategy: 'none', cache: false, loaders });
  } catch (error) {
    const pkg = path.join(process.cwd(), 'package.json');
    let content: string | undefined;
    try {
      content = readFileSync(pkg, 'utf8');
    } catch {
      // not the cause
    }
    if (content !== undefined) parseJsonConfig(pkg, content);
    throw asConfigError(error, pkg);
  }
}

function found(result: { filepath: string; config: unknown; isEmpty?: boolean } | null): FoundConfig | null {
  if (!result) return null;
  if (result.config === SKIPPED) return { filepath: result.filepath, config: {}, skipped: 'untrusted-javascript' };
  return { filepath: result.filepath, config: result.isEmpty || result.config === undefined ? {} : result.config };
}

function unreadable(code: string | undefined) {
  return msg(`kan configuratiebestand niet lezen (${code ?? 'onbekende fout'})`, `cannot read configuration file (${code ?? 'unknown error'})`);
}

function asConfigError(error: unknown, fallbackFile: string): ConfigFileError {
  if (isConfigFileError(error)) return error;
  const file = (error as { filepath?: string }).filepath ?? fallbackFile;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return new ConfigFileError(file, msg('configuratiebestand bestaat niet', 'configuration file does not exist'));
  if (code) return new ConfigFileError(file, unreadable(code), undefined, { cause: error });
  const detail = oneLine(error instanceof Error ? error.message : String(error));
  return new ConfigFileError(file, msg(detail, detail), undefined, { cause: error });
}

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintConfig } from '@scherp/linter';
import { parseDocument } from 'yaml';

/**
 * Looked up in this order in each directory, from the document's directory upwards: the same files as the
 * CLI, so a document gets the same findings in the editor as in CI. A package.json counts only when it has
 * a "scherp" key.
 */
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

export interface ConfigLookup {
  /** The configuration from the nearest config file; `{}` when there is none or it could not be used. */
  config: LintConfig;
  /** The file the configuration came from. */
  file: string | null;
  /** A JavaScript config file that was not loaded because the workspace is not trusted. */
  untrustedFile?: string;
  /** Why the nearest config file could not be used ("file:line:column: reason"). */
  error?: string;
}

/**
 * Finds and loads the Scherp config file nearest a document. Results are cached until `invalidate()`
 * (called when a watched config file changes or the workspace trust changes).
 */
export class ConfigFileResolver {
  private readonly nearest = new Map<string, Promise<string | null>>();
  private readonly loaded = new Map<string, Promise<ConfigLookup>>();

  constructor(private readonly isTrusted: () => boolean) {}

  invalidate(): void {
    this.nearest.clear();
    this.loaded.clear();
  }

  async lookup(documentPath: string): Promise<ConfigLookup> {
    const file = await this.findNearest(path.dirname(documentPath));
    if (!file) return { config: {}, file: null };
    if (isJavaScriptConfig(file) && !this.isTrusted()) return { config: {}, file: null, untrustedFile: file };
    let pending = this.loaded.get(file);
    if (!pending) {
      pending = loadConfigFile(file);
      this.loaded.set(file, pending);
    }
    return pending;
  }

  private findNearest(dir: string): Promise<string | null> {
    let pending = this.nearest.get(dir);
    if (!pending) {
      pending = (async () => {
        for (const name of CONFIG_FILE_NAMES) {
          const candidate = path.join(dir, name);
          if (name === 'package.json' ? (await packageSection(candidate)) !== undefined : await isFile(candidate)) return candidate;
        }
        const parent = path.dirname(dir);
        return parent === dir ? null : this.findNearest(parent);
      })();
      this.nearest.set(dir, pending);
    }
    return pending;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const isPackageJson = (file: string) => path.basename(file) === 'package.json';

/** The "scherp" section of a package.json; undefined when there is none (or the file is not readable JSON). */
async function packageSection(file: string): Promise<unknown> {
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>)['scherp'];
  } catch {
    return undefined;
  }
}

/** Loads one config file. Never throws: problems come back in `error`. */
export async function loadConfigFile(file: string): Promise<ConfigLookup> {
  let raw: unknown;
  try {
    if (isJavaScriptConfig(file)) {
      // The query string defeats Node's module cache so an edited config file is read again.
      const { mtimeMs } = await stat(file);
      const mod = (await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`)) as { default?: unknown };
      raw = mod.default ?? mod;
    } else if (isPackageJson(file)) {
      raw = await packageSection(file);
    } else {
      const text = await readFile(file, 'utf8');
      const doc = parseDocument(text);
      const first = doc.errors[0];
      if (first) {
        const pos = first.linePos?.[0];
        const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
        return { config: {}, file, error: `${where}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}` };
      }
      raw = doc.toJS();
    }
  } catch (error) {
    return { config: {}, file, error: `${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { config, problems } = validateConfig(raw);
  return problems.length > 0
    ? { config, file, error: `${file}: ${problems.join('; ')}` }
    : { config, file };
}

const PRESETS = new Set(['recommended', 'strict']);

/**
 * Keeps the keys the linter understands, checking their shape; unknown keys (e.g. CLI-only options) are
 * ignored. Rule ids and options are checked later by the linter's `resolveConfig`.
 */
export function validateConfig(raw: unknown): { config: LintConfig; problems: string[] } {
  const problems: string[] = [];
  const config: LintConfig = {};
  if (raw === null || raw === undefined) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: ['expected an object with "extends", "rules", "locale" or "checkBlockquotes"'] };
  }
  const r = raw as Record<string, unknown>;
  if (r.extends !== undefined) {
    const list = Array.isArray(r.extends) ? r.extends : [r.extends];
    if (list.every((p) => typeof p === 'string' && PRESETS.has(p))) {
      config.extends = r.extends as LintConfig['extends'];
    } else problems.push('"extends" must be "recommended", "strict" or a list of those');
  }
  if (r.rules !== undefined) {
    if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      config.rules = r.rules as LintConfig['rules'];
    } else problems.push('"rules" must be an object of rule id → severity');
  }
  if (r.locale !== undefined) {
    if (r.locale === 'nl' || r.locale === 'en') config.locale = r.locale;
    else problems.push('"locale" must be "nl" or "en"');
  }
  if (r.checkBlockquotes !== undefined) {
    if (typeof r.checkBlockquotes === 'boolean') config.checkBlockquotes = r.checkBlockquotes;
    else problems.push('"checkBlockquotes" must be true or false');
  }
  return { config, problems };
}

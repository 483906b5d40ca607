import path from 'node:path';
import { ConfigLoader, CONFIG_FILE_NAMES, isConfigFileError, isJavaScriptConfig } from '@scherp/config';
import type { LintConfig } from '@scherp/linter';

/**
 * Config files are found and read by @scherp/config, the same loader as the CLI's, so a document gets the
 * same configuration in the editor as in CI. JavaScript configs run only in a trusted workspace.
 */
export { CONFIG_FILE_NAMES, isJavaScriptConfig };

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
  private loader: ConfigLoader | undefined;
  private readonly loaded = new Map<string, Promise<ConfigLookup>>();

  constructor(private readonly isTrusted: () => boolean) {}

  invalidate(): void {
    this.loader = undefined;
    this.loaded.clear();
  }

  lookup(documentPath: string): Promise<ConfigLookup> {
    const dir = path.dirname(documentPath);
    let pending = this.loaded.get(dir);
    if (!pending) {
      this.loader ??= new ConfigLoader({ allowJavaScript: this.isTrusted() });
      pending = lookupWith(this.loader, dir);
      this.loaded.set(dir, pending);
    }
    return pending;
  }
}

async function lookupWith(loader: ConfigLoader, dir: string): Promise<ConfigLookup> {
  let found;
  try {
    found = await loader.nearest(dir);
  } catch (error) {
    if (!isConfigFileError(error)) throw error;
    return { config: {}, file: error.file, error: error.message };
  }
  if (!found) return { config: {}, file: null };
  if (found.skipped) return { config: {}, file: null, untrustedFile: found.filepath };
  return fromRaw(found.filepath, found.config);
}

function fromRaw(file: string, raw: unknown): ConfigLookup {
  const { config, problems } = validateConfig(raw);
  return problems.length > 0 ? { config, file, error: `${file}: ${problems.join('; ')}` } : { config, file };
}

/** Loads one config file (trusted: JavaScript runs). Never throws: problems come back in `error`. */
export async function loadConfigFile(file: string): Promise<ConfigLookup> {
  try {
    const found = await new ConfigLoader().load(file);
    return fromRaw(found.filepath, found.config);
  } catch (error) {
    if (!isConfigFileError(error)) throw error;
    return { config: {}, file, error: error.message };
  }
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
  if (r.maxFindings !== undefined) {
    if (typeof r.maxFindings === 'number' && Number.isInteger(r.maxFindings) && r.maxFindings >= 0) config.maxFindings = r.maxFindings;
    else problems.push('"maxFindings" must be a whole number ≥ 0');
  }
  return { config, problems };
}

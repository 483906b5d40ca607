import path from 'node:path';
import { ConfigLoader, CONFIG_FILE_NAMES, configForFile, isConfigFileError, isJavaScriptConfig, validateConfig, type ScherpConfig } from '@scherp/config';
import type { LintConfig } from '@scherp/linter';

/**
 * Config files are found, read and validated by @scherp/config, the same loader as the CLI's, and a
 * document's configuration is resolved by the same `configForFile` (with `overrides`), so a document gets the
 * same configuration in the editor as in CI. JavaScript configs run only in a trusted workspace.
 */
export { CONFIG_FILE_NAMES, isJavaScriptConfig };

export interface ConfigLookup {
  /**
   * The document's configuration from the nearest config file (its `overrides` applied for this document);
   * `{}` when there is none or it could not be used.
   */
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
  private readonly loaded = new Map<string, Promise<FileLookup>>();
  /** Per document: the lookup runs on every check (each keystroke), its override globs need not. */
  private readonly resolved = new Map<string, Promise<ConfigLookup>>();

  constructor(private readonly isTrusted: () => boolean) {}

  invalidate(): void {
    this.loader = undefined;
    this.loaded.clear();
    this.resolved.clear();
  }

  lookup(documentPath: string): Promise<ConfigLookup> {
    let result = this.resolved.get(documentPath);
    if (!result) {
      const dir = path.dirname(documentPath);
      let pending = this.loaded.get(dir);
      if (!pending) {
        this.loader ??= new ConfigLoader({ allowJavaScript: this.isTrusted() });
        pending = lookupWith(this.loader, dir);
        this.loaded.set(dir, pending);
      }
      result = pending.then((found) => forDocument(found, documentPath));
      this.resolved.set(documentPath, result);
    }
    return result;
  }
}

/** A config file as found for a directory: validated, not yet resolved for one document. */
type FileLookup = Omit<ConfigLookup, 'config'> & { config: ScherpConfig };

function forDocument(found: FileLookup, documentPath: string): ConfigLookup {
  const { config, ...rest } = found;
  if (!found.file || found.error) return { ...rest, config: {} };
  return { ...rest, config: configForFile(config, path.dirname(found.file), path.resolve(documentPath)) };
}

async function lookupWith(loader: ConfigLoader, dir: string): Promise<FileLookup> {
  try {
    const found = await loader.nearest(dir);
    if (!found) return { config: {}, file: null };
    if (found.skipped) return { config: {}, file: null, untrustedFile: found.filepath };
    return { config: await validateConfig(found.config, found.filepath), file: found.filepath };
  } catch (error) {
    if (!isConfigFileError(error)) throw error;
    return { config: {}, file: error.file, error: error.message };
  }
}

/** Loads one config file (trusted: JavaScript runs) for a document in its directory. Never throws: problems come back in `error`. */
export async function loadConfigFile(file: string, documentPath = path.join(path.dirname(file), 'document.md')): Promise<ConfigLookup> {
  let found: FileLookup;
  try {
    const loaded = await new ConfigLoader().load(file);
    found = { config: await validateConfig(loaded.config, loaded.filepath), file: loaded.filepath };
  } catch (error) {
    if (!isConfigFileError(error)) throw error;
    found = { config: {}, file, error: error.message };
  }
  return forDocument(found, documentPath);
}

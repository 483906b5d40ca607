import path from 'node:path';
import { configForFile, type CommandLineSettings, type LoadedConfig } from '@scherp/config';
import type { LintConfig } from '@scherp/linter';
import { ConfigFileLoader } from './load-config-file.js';

export interface ConfigResolverOptions {
  /** `--config`: use this file for every input instead of searching. */
  configFile?: string;
  commandLine?: CommandLineSettings;
}

export interface FileConfig {
  config: LintConfig;
  /** The configuration file used, or null when none was found (then the linter's defaults apply). */
  configFile: string | null;
}

/**
 * Finds the configuration nearest to each file: the first directory, from the file's own upward, holding a
 * scherp.config.* or a package.json with a "scherp" key. Every directory is looked at once per run.
 */
export class ConfigResolver {
  readonly #loader = new ConfigFileLoader();
  readonly #byDirectory = new Map<string, Promise<LoadedConfig | null>>();
  readonly #options: ConfigResolverOptions;
  #forced: Promise<LoadedConfig> | undefined;

  constructor(options: ConfigResolverOptions = {}) {
    this.#options = options;
  }

  /** The configuration file that applies to files in `dir`, or null. */
  nearest(dir: string): Promise<LoadedConfig | null> {
    if (this.#options.configFile !== undefined) {
      this.#forced ??= this.#loader.load(this.#options.configFile);
      return this.#forced;
    }
    const key = path.resolve(dir);
    let found = this.#byDirectory.get(key);
    if (!found) {
      const parent = path.dirname(key);
      found = this.#loader.inDirectory(key).then((own) => own ?? (parent === key ? null : this.nearest(parent)));
      this.#byDirectory.set(key, found);
    }
    return found;
  }

  async forFile(filePath: string): Promise<FileConfig> {
    const absolute = path.resolve(filePath);
    const loaded = await this.nearest(path.dirname(absolute));
    const commandLine = this.#options.commandLine ?? {};
    if (!loaded) return { config: configForFile({}, path.dirname(absolute), absolute, commandLine), configFile: null };
    return { config: configForFile(loaded.config, path.dirname(loaded.filepath), absolute, commandLine), configFile: loaded.filepath };
  }
}

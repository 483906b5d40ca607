import { ConfigLoader, CONFIG_FILE_NAMES, isConfigFileError, validateConfig, type FoundConfig, type LoadedConfig } from '@scherp/config';
import { CliError } from '../errors.js';

export { CONFIG_FILE_NAMES };

/** A problem with a config file, as the one-line error of exit code 2. */
function asCliError(error: unknown): unknown {
  if (!isConfigFileError(error)) return error;
  const location: { file: string; line?: number; column?: number } = { file: error.file };
  if (error.line !== undefined) location.line = error.line;
  if (error.column !== undefined) location.column = error.column;
  return new CliError('config', error.text, location, { cause: error });
}

async function toLoaded(result: FoundConfig | null): Promise<LoadedConfig | null> {
  if (!result) return null;
  return { filepath: result.filepath, config: await validateConfig(result.config, result.filepath) };
}

/** Finding, reading and validating are @scherp/config's (shared with the language server); here its errors become the CLI's. */
export class ConfigFileLoader {
  readonly #loader = new ConfigLoader();

  /** The config file in exactly this directory, or null. */
  async inDirectory(dir: string): Promise<LoadedConfig | null> {
    try {
      return await toLoaded(await this.#loader.inDirectory(dir));
    } catch (error) {
      throw asCliError(error);
    }
  }

  /** A config file named explicitly (`--config`). */
  async load(file: string): Promise<LoadedConfig> {
    try {
      return (await toLoaded(await this.#loader.load(file))) as LoadedConfig;
    } catch (error) {
      throw asCliError(error);
    }
  }
}

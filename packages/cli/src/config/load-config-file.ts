import path from 'node:path';
import { cosmiconfig, defaultLoaders, type Loader } from 'cosmiconfig';
import { CliError, msg, oneLine } from '../errors.js';
import { parseJsonConfig, parseYamlConfig } from './parse-config-text.js';
import type { LoadedConfig } from './types.js';
import { validateConfig } from './validate-config.js';

export const CONFIG_FILE_NAMES = [
  'package.json',
  'scherp.config.json',
  'scherp.config.yaml',
  'scherp.config.yml',
  'scherp.config.js',
  'scherp.config.mjs',
  'scherp.config.cjs',
] as const;

const jsonLoader: Loader = (filepath, content) => parseJsonConfig(filepath, content);
const yamlLoader: Loader = (filepath, content) => parseYamlConfig(filepath, content);

/** Wraps a JS loader so a throwing or broken config module names its file on one line. */
function jsLoader(loader: Loader): Loader {
  return async (filepath, content) => {
    try {
      const loaded = (await loader(filepath, content)) as unknown;
      // An ESM module with only a default export arrives as that default already; CJS as module.exports.
      return loaded;
    } catch (error) {
      const detail = oneLine(error instanceof Error ? error.message : String(error));
      throw new CliError('config', msg(`kan JavaScript-configuratie niet laden: ${detail}`, `cannot load JavaScript configuration: ${detail}`), { file: filepath }, { cause: error });
    }
  };
}

/**
 * Cosmiconfig that looks in ONE directory only: the walk up the tree is ours (ConfigResolver), so that each
 * directory is looked at once per run and the search never escapes into a global config folder.
 */
function createExplorer() {
  return cosmiconfig('scherp', {
    searchPlaces: [...CONFIG_FILE_NAMES],
    searchStrategy: 'none',
    cache: true,
    loaders: {
      '.json': jsonLoader,
      '.yaml': yamlLoader,
      '.yml': yamlLoader,
      '.js': jsLoader(defaultLoaders['.js']),
      '.mjs': jsLoader(defaultLoaders['.mjs']),
      '.cjs': jsLoader(defaultLoaders['.cjs']),
    },
  });
}

type Explorer = ReturnType<typeof createExplorer>;

async function toLoaded(result: { filepath: string; config: unknown; isEmpty?: boolean } | null): Promise<LoadedConfig | null> {
  if (!result) return null;
  const config = result.isEmpty || result.config === undefined ? {} : result.config;
  return { filepath: result.filepath, config: await validateConfig(config, result.filepath) };
}

function rethrow(error: unknown, fallbackFile: string): never {
  if (error instanceof CliError) throw error;
  const file = (error as { filepath?: string }).filepath ?? fallbackFile;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') throw new CliError('config', msg('configuratiebestand bestaat niet', 'configuration file does not exist'), { file });
  throw new CliError('config', oneLine(error instanceof Error ? error.message : String(error)), { file }, { cause: error });
}

export class ConfigFileLoader {
  readonly #explorer: Explorer = createExplorer();

  /** The config file in exactly this directory, or null. */
  async inDirectory(dir: string): Promise<LoadedConfig | null> {
    try {
      return await toLoaded(await this.#explorer.search(dir));
    } catch (error) {
      rethrow(error, dir);
    }
  }

  /** A config file named explicitly (`--config`). */
  async load(file: string): Promise<LoadedConfig> {
    const filepath = path.resolve(file);
    try {
      const loaded = await toLoaded(await this.#explorer.load(filepath));
      if (!loaded) throw new CliError('config', msg('geen scherp-configuratie in dit bestand', 'no scherp configuration in this file'), { file: filepath });
      return loaded;
    } catch (error) {
      rethrow(error, filepath);
    }
  }
}

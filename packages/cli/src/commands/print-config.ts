import path from 'node:path';
import type { CommandContext } from '../context.js';
import type { ConfigResolver } from '../config/config-resolver.js';
import { checkConfig } from '../lint/lint-files.js';

/** `--print-config <file>`: which config file applies to `file`, what it amounts to, and the resolved rules. */
export async function printConfig(file: string, resolver: ConfigResolver, context: CommandContext): Promise<string> {
  const absolute = path.resolve(context.io.cwd, file);
  const { config, configFile } = await resolver.forFile(absolute);
  return `${JSON.stringify({ filePath: absolute, configFile, config, resolved: checkConfig(config, configFile) }, null, 2)}\n`;
}

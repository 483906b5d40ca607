import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ConfigError, configKey, resolveConfig, type LintConfig } from '@scherp/linter';
import { ConfigResolver, type FileConfig } from '../config/config-resolver.js';
import { CliError, msg, oneLine } from '../errors.js';
import { fileResult, type FileResult } from '../types.js';
import { VERSION } from '../version.js';
import { configHash, LintCache, sha256 } from './lint-cache.js';
import { lintOne, type LintOutcome, type LintTask, type ReadFailure } from './lint-one.js';
import { DEPTH, lintInParallel } from './parallel-lint.js';
import { WorkerPool, workerScript } from './worker-pool.js';

/** Below this many files, starting worker threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 8;
/**
 * Text per worker for a worker to pay off. A worker thread costs CPU before it is useful (starting, loading
 * and warming up the parser and linter in a second V8 isolate, ≈ 0.2 s); on distinct text a lint costs
 * ≈ 2 s of CPU per MB, so from half a megabyte on a second core wins that back (see bench/README.md).
 */
export const PARALLEL_MIN_BYTES = 512 * 1024;

export interface LintFilesOptions {
  /** Resolves each file's configuration; defaults to searching the nearest config file. */
  resolver?: ConfigResolver;
  /** `--cache`: path of the cache file. */
  cacheLocation?: string;
  /**
   * Worker threads besides the main thread: `true`/undefined decides by itself (more than
   * {@link PARALLEL_THRESHOLD} files and more than one core: one worker per {@link PARALLEL_MIN_BYTES} of
   * text, at most one fewer than the cores), `false` lints on the main thread only, a number forces that
   * many workers. Workers parse; the main thread lints (see lintInParallel).
   */
  parallel?: boolean | number;
  onProgress?(done: number, total: number): void;
}

export interface LintRun {
  /** In the order of the input files, whatever order the workers finished in. */
  results: FileResult[];
  /** Files that could not be read as documents (exit code 2), in input order. */
  failures: ReadFailure[];
}

async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(files.map((f) => fs.stat(f).then((s) => s.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}

async function workerCount(files: readonly string[], parallel: LintFilesOptions['parallel']): Promise<number> {
  if (parallel === false) return 0;
  if (typeof parallel === 'number') return Math.max(0, Math.floor(parallel));
  const cores = availableParallelism();
  if (files.length <= PARALLEL_THRESHOLD || cores < 2) return 0;
  // The main thread lints as well, so one core is already busy.
  return Math.max(0, Math.min(cores - 1, Math.floor((await totalBytes(files)) / PARALLEL_MIN_BYTES), 7));
}

/**
 * Checks every distinct configuration once before linting, so a bad rule option is reported against its
 * config file (exit 2) instead of failing inside a worker.
 */
function checkConfigs(configs: FileConfig[]): Map<string, string> {
  const cacheKeys = new Map<string, string>();
  for (const { config, configFile } of configs) {
    const key = configKey(config);
    if (cacheKeys.has(key)) continue;
    // Cache results under the RESOLVED configuration: a preset change between versions or two spellings of
    // the same settings then map to the right entries.
    cacheKeys.set(key, configHash(checkConfig(config, configFile)));
  }
  return cacheKeys;
}

/** Resolves a configuration as the linter will, turning its ConfigError into one naming the config file. */
export function checkConfig(config: LintConfig, configFile: string | null): ReturnType<typeof resolveConfig> {
  try {
    return resolveConfig(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      const detail = oneLine(error.path && !error.message.includes(error.path) ? `${error.path}: ${error.message}` : error.message);
      // Without a config file the bad setting can only have come from --rule.
      throw new CliError('config', msg(detail, detail), { file: configFile ?? '--rule' }, { cause: error });
    }
    throw error;
  }
}

async function readForCache(filePath: string): Promise<string | null> {
  try {
    return sha256(await fs.readFile(filePath));
  } catch {
    return null; // lintOne reports the read error properly
  }
}

/** Lints files on disk with the configuration nearest to each, optionally cached and in worker threads. */
export async function lintFiles(files: readonly string[], options: LintFilesOptions = {}): Promise<LintRun> {
  const resolver = options.resolver ?? new ConfigResolver();
  const absolute = files.map((f) => path.resolve(f));
  const configs = await Promise.all(absolute.map((f) => resolver.forFile(f)));
  const cacheKeys = checkConfigs(configs);
  const cacheKeyOf = (task: LintTask) => cacheKeys.get(configKey(task.config)) as string;
  const tasks: LintTask[] = absolute.map((filePath, i) => ({ filePath, config: (configs[i] as FileConfig).config }));
  const cache = options.cacheLocation ? await LintCache.open(options.cacheLocation, VERSION) : undefined;

  const outcomes: Array<LintOutcome | undefined> = new Array(tasks.length);
  const hashes: Array<string | null> = new Array(tasks.length).fill(null);
  const todo: number[] = [];
  let done = 0;
  const progress = () => options.onProgress?.(++done, tasks.length);

  for (const [i, task] of tasks.entries()) {
    if (cache) {
      const hash = await readForCache(task.filePath);
      hashes[i] = hash;
      const hit = hash ? cache.get(task.filePath, hash, cacheKeyOf(task)) : undefined;
      if (hit) {
        outcomes[i] = { ok: true, result: { ...fileResult(task.filePath, hit.title, hit.messages, hit.advice), ...(hit.scopes ? { scopes: hit.scopes } : {}) } };
        progress();
        continue;
      }
    }
    todo.push(i);
  }

  const script = workerScript();
  const size = script ? Math.min(await workerCount(todo.map((i) => (tasks[i] as LintTask).filePath), options.parallel), todo.length) : 0;
  if (size > 0 && script) {
    const pool = new WorkerPool(script, size, DEPTH);
    try {
      await lintInParallel(tasks, todo, pool, (index, outcome) => {
        outcomes[index] = outcome;
        progress();
      });
    } finally {
      await pool.close();
    }
  } else {
    for (const i of todo) {
      outcomes[i] = await lintOne(tasks[i] as LintTask);
      progress();
    }
  }

  const fresh = new Set(todo);
  const results: FileResult[] = [];
  const failures: ReadFailure[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    if (!outcome) continue;
    if (!outcome.ok) {
      failures.push(outcome.failure);
      continue;
    }
    results.push(outcome.result);
    const hash = hashes[i];
    const task = tasks[i] as LintTask;
    if (cache && hash && fresh.has(i)) cache.set(task.filePath, hash, cacheKeyOf(task), outcome.result);
  }
  await cache?.save();
  return { results, failures };
}

/** Lints text that does not come from a file on disk (`--stdin`), with the config for `filePath`. */
export async function lintText(source: string, filePath: string, options: { resolver?: ConfigResolver } = {}): Promise<LintRun> {
  const resolver = options.resolver ?? new ConfigResolver();
  const absolute = path.resolve(filePath);
  const fileConfig = await resolver.forFile(absolute);
  checkConfigs([fileConfig]);
  const outcome = await lintOne({ filePath: absolute, config: fileConfig.config as LintConfig, source });
  return outcome.ok ? { results: [outcome.result], failures: [] } : { results: [], failures: [outcome.failure] };
}

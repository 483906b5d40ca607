import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '@scherp/linter';
import type { FileResult } from '../types.js';

interface CacheEntry {
  contentHash: string;
  configHash: string;
  result: Pick<FileResult, 'title' | 'messages' | 'advice' | 'scopes'>;
}

interface CacheFile {
  /** Results depend on the rules, so a new scherp version starts with an empty cache. */
  version: string;
  entries: Record<string, CacheEntry>;
}

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export const configHash = (config: ResolvedConfig) => sha256(JSON.stringify(config));

/**
 * `--cache`: remembers each file's result keyed on its content hash, its resolved configuration and the
 * scherp version, so unchanged files are not parsed or linted again. A missing or corrupt cache file is
 * simply an empty cache: a cache must never make a run fail.
 */
export class LintCache {
  readonly #location: string;
  readonly #version: string;
  #data: CacheFile;
  #dirty = false;

  private constructor(location: string, version: string, data: CacheFile) {
    this.#location = location;
    this.#version = version;
    this.#data = data;
  }

  static async open(location: string, version: string): Promise<LintCache> {
    let data: CacheFile = { version, entries: {} };
    try {
      const parsed = JSON.parse(await fs.readFile(location, 'utf8')) as CacheFile;
      if (parsed && parsed.version === version && typeof parsed.entries === 'object') data = parsed;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new LintCache(location, version, data);
  }

  #key(filePath: string): string {
    return path.relative(path.dirname(this.#location), filePath).split(path.sep).join('/');
  }

  get(filePath: string, contentHash: string, configKey: string): CacheEntry['result'] | undefined {
    const entry = this.#data.entries[this.#key(filePath)];
    return entry && entry.contentHash === contentHash && entry.configHash === configKey ? entry.result : undefined;
  }

  set(filePath: string, contentHash: string, configKey: string, result: FileResult): void {
    this.#data.entries[this.#key(filePath)] = {
      contentHash,
      configHash: configKey,
      result: { title: result.title, messages: result.messages, advice: result.advice, ...(result.scopes ? { scopes: result.scopes } : {}) },
    };
    this.#dirty = true;
  }

  /** Returns false when the cache could not be written (read-only checkout): the run's results still stand. */
  async save(): Promise<boolean> {
    if (!this.#dirty) return true;
    try {
      await fs.mkdir(path.dirname(this.#location), { recursive: true });
      // Write then rename, so an interrupted run never leaves half a cache file behind.
      const temporary = `${this.#location}.${process.pid}.tmp`;
      await fs.writeFile(temporary, JSON.stringify({ ...this.#data, version: this.#version }));
      await fs.rename(temporary, this.#location);
      this.#dirty = false;
      return true;
    } catch {
      return false;
    }
  }
}

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { globby, isDynamicPattern, isGitIgnored } from 'globby';
import ignore, { type Ignore } from 'ignore';
import { CliError, msg } from '../errors.js';
import { walkDirectory } from './walk-directory.js';

/** File types scherp lints when it walks a directory. */
export const DOCUMENT_EXTENSIONS = ['md', 'markdown', 'txt', 'docx'] as const;
const DOCUMENT_GLOB = `**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`;
/** Never descend into these, whatever .gitignore says; `~$nota.docx` is the lock file Word keeps beside an open document. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/~$*'];
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
const DOCUMENT_NAME = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join('|')})$`);

export interface CollectOptions {
  cwd: string;
  /** `--ignore-pattern`, gitignore syntax, relative to cwd. */
  ignorePatterns?: string[];
  /** Set false for `--no-ignore`: take .gitignore/.scherpignore/--ignore-pattern out of play. */
  useIgnoreFiles?: boolean;
}

export interface CollectedFiles {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Files named explicitly that the ignore files exclude (reported as a warning, never linted). */
  ignored: string[];
}

async function readScherpIgnore(cwd: string): Promise<string> {
  try {
    return await fs.readFile(path.join(cwd, '.scherpignore'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new CliError('config', msg('kan .scherpignore niet lezen', 'cannot read .scherpignore'), { file: path.join(cwd, '.scherpignore') });
  }
}

/** Path relative to cwd with forward slashes; null when outside cwd (ignore files cannot speak about those). */
function relativeToCwd(cwd: string, file: string): string | null {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}

async function statOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** Globs are resolved against cwd; globby wants forward slashes even on Windows. */
const toGlob = (p: string) => p.split(path.sep).join('/');

/** `../docs/**\/*.md` → base `../docs`, rest `**\/*.md`: the directories before the first dynamic segment. */
function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = toGlob(pattern).split('/');
  const firstDynamic = segments.findIndex((segment) => segment !== '' && isDynamicPattern(segment));
  const base = segments.slice(0, firstDynamic).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base || '.', rest: segments.slice(firstDynamic).join('/') };
}

/**
 * Expands files, directories and globs to the documents to lint. Directories yield every .md/.markdown/.txt
 * below them; .gitignore (via globby), .scherpignore and --ignore-pattern (via `ignore`) filter everything
 * found by walking. A path that matches nothing is a usage error (exit 2), as in ESLint.
 */
export async function collectFiles(patterns: string[], options: CollectOptions): Promise<CollectedFiles> {
  const { cwd } = options;
  const useIgnoreFiles = options.useIgnoreFiles ?? true;
  const filter: Ignore = ignore();
  if (useIgnoreFiles) filter.add(await readScherpIgnore(cwd)).add(options.ignorePatterns ?? []);
  const isIgnored = (file: string) => {
    const relative = relativeToCwd(cwd, file);
    return relative !== null && filter.ignores(relative);
  };

  const isIgnoredDirectory = (dir: string) => {
    const relative = relativeToCwd(cwd, dir);
    return relative !== null && filter.ignores(`${relative}/`);
  };

  const files = new Set<string>();
  const ignored: string[] = [];
  // Globs do not follow symbolic links (fast-glob would loop on a link cycle); directories do, see walkDirectory.
  const walk = (globs: string[], base: string) =>
    globby(globs, { cwd: base, absolute: true, gitignore: useIgnoreFiles, ignore: ALWAYS_IGNORED, dot: false, onlyFiles: true, followSymbolicLinks: false });
  // Only needed for files named explicitly, and reading every .gitignore costs: create on first use.
  let gitIgnored: Promise<(file: string) => boolean> | undefined;
  const isGitIgnoredFile = async (file: string) => {
    if (!useIgnoreFiles || relativeToCwd(cwd, file) === null) return false;
    gitIgnored ??= isGitIgnored({ cwd, followSymbolicLinks: false });
    return (await gitIgnored)(file);
  };

  for (const pattern of patterns) {
    const dynamic = isDynamicPattern(toGlob(pattern));
    const absolute = path.resolve(cwd, pattern);
    const stat = dynamic ? null : await statOrNull(absolute);
    let found: string[];
    if (stat?.isFile()) {
      // A file named explicitly is linted whatever its extension, unless an ignore file excludes it.
      if (isIgnored(absolute) || (await isGitIgnoredFile(absolute))) {
        ignored.push(absolute);
        continue;
      }
      found = [absolute];
    } else if (stat?.isDirectory()) {
      found = await walkDirectory(
        absolute,
        (f) => DOCUMENT_NAME.test(f) && !path.basename(f).startsWith('~$') && !isIgnored(f),
        (dir) => ALWAYS_SKIPPED.has(path.basename(dir)) || isIgnoredDirectory(dir),
      );
      if (useIgnoreFiles && found.length > 0) {
        const gitignored = await Promise.all(found.map((f) => isGitIgnoredFile(f)));
        found = found.filter((_, i) => !gitignored[i]);
      }
    } else if (dynamic) {
      const { base, rest } = splitGlob(pattern);
      const baseDir = path.resolve(cwd, base);
      // fast-glob cannot walk up ("../docs/*.md"): glob outside cwd from the static part of the pattern.
      found = relativeToCwd(cwd, baseDir) === null && baseDir !== path.resolve(cwd) ? await walk([rest], baseDir) : await walk([toGlob(pattern)], cwd);
      found = found.filter((f) => !isIgnored(f));
    } else {
      throw new CliError('input', msg('bestand of map bestaat niet', 'no such file or directory'), { file: pattern });
    }
    if (found.length === 0) {
      throw new CliError('usage', msg(`geen bestanden gevonden voor ‘${pattern}’`, `no files found for ‘${pattern}’`));
    }
    for (const f of found) files.add(path.normalize(f));
  }
  return { files: [...files].sort(), ignored };
}

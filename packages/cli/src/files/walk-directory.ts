import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The files below `root` whose names pass `wanted`, walking symbolic links to directories but each directory
 * once by its real path, so a link cycle (`a/loop -> ..`) ends instead of walking forever. Iterative (a
 * deep tree does not grow the stack) and sorted. `skip` is asked about every directory before it is entered.
 */
export async function walkDirectory(root: string, wanted: (file: string) => boolean, skip: (dir: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      continue; // a dangling link or a directory removed while walking
    }
    if (seen.has(real)) continue;
    seen.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable directories are skipped, as by git and globby
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const stat = await fs.stat(full).catch(() => null);
        isDir = stat?.isDirectory() ?? false;
        isFile = stat?.isFile() ?? false;
      }
      if (isDir && !skip(full)) pending.push(full);
      else if (isFile && wanted(full)) out.push(full);
    }
  }
  return out.sort();
}

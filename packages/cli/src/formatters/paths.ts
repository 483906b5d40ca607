import path from 'node:path';

/** A path as shown to people and CI systems: relative to cwd when inside it, forward slashes always. */
export function displayPath(cwd: string, filePath: string): string {
  const relative = path.relative(cwd, filePath);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative;
  return shown.split(path.sep).join('/');
}

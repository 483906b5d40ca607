import type { DocumentKind } from '@scherp/corpus';

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd|mkdn|mdx)$/i;

/**
 * Decides how to read a file. Markdown extensions are Markdown. Anything else — including `.txt`, because
 * policy texts are routinely saved as `.txt` while written in Markdown (the reference corpus does exactly
 * that) — is sniffed: YAML front matter at the start, two or more ATX headings, a fenced code block or three
 * or more inline links make it Markdown; otherwise it is plain text. Only the first 64 KiB are inspected.
 */
export function detectFormat(path: string | undefined, source: string): DocumentKind {
  if (path && MARKDOWN_EXTENSIONS.test(path)) return 'markdown';
  const head = source.slice(0, 65536).replace(/^\uFEFF/, '');
  if (/^---[ \t]*\r?\n/.test(head) && /\r?\n---[ \t]*(?:\r?\n|$)/.test(head)) return 'markdown';
  let headings = 0;
  let links = 0;
  let fences = 0;
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (/^ {0,3}#{1,6}[ \t]+\S/.test(line)) headings++;
    if (/^ {0,3}(?:```|~~~)/.test(line)) fences++;
    links += countLinks(line);
  }
  return headings >= 2 || fences >= 2 || links >= 3 ? 'markdown' : 'text';
}

function countLinks(line: string): number {
  let count = 0;
  let from = 0;
  for (;;) {
    const i = line.indexOf('](', from);
    if (i < 0) return count;
    if (line.lastIndexOf('[', i) >= 0) count++;
    from = i + 2;
  }
}

/** The file name without directories, for `Document.id`. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/**
 * A fast line scanner that cuts Markdown into top-level chunks which remark parses to the same blocks on
 * their own as inside the whole document. A chunk ends at a blank line followed by a line that starts in
 * column 0 — not inside front matter, a fenced code block, an HTML comment or a raw HTML block
 * (`<pre>`, `<script>`, `<style>`, `<textarea>`, CDATA), all of which may contain blank lines. Indented
 * lines after a blank line (list item continuations, indented code) stay with the chunk before them.
 *
 * A line that starts an ordered list item does not start a chunk either: it may continue a loose list
 * above it, and its number then comes from that list's start ("1." "1." "1." counts 1, 2, 3).
 *
 * When in doubt the scanner keeps lines together: a chunk that is too large is still parsed correctly,
 * a cut in the wrong place is not.
 */

export interface Chunk {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ORDERED_ITEM = /^\d{1,9}[.)](?:[ \t]|$)/;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i;

export function splitChunks(source: string, from = 0): Chunk[] {
  return scanChunks(source, from, true).chunks;
}

/**
 * Scans from `from` (a chunk start, so the scanner state is clean there). `stop` is asked at every new
 * chunk start; when it returns true the scan ends and `stoppedAt` is that offset (the caller reuses the
 * chunks after it from an earlier scan, since a scan from a clean state over the same text repeats itself).
 */
export function scanChunks(
  source: string,
  from: number,
  atDocumentStart: boolean,
  stop?: (chunkStart: number) => boolean,
): { chunks: Chunk[]; stoppedAt?: number } {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let pos = from;
  const n = source.length;
  let fence: { char: string; length: number } | undefined;
  let closer: string | undefined; // text that closes an open HTML comment or raw HTML block
  let inFrontMatter = false;
  let sawBlank = false;
  let first = atDocumentStart;
  while (pos < n) {
    let eol = pos;
    while (eol < n && source.charCodeAt(eol) !== 10 && source.charCodeAt(eol) !== 13) eol++;
    const line = source.slice(pos, eol);
    const next = eol < n && source.charCodeAt(eol) === 13 && source.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;

    if (first) {
      first = false;
      if (/^---[ \t]*$/.test(line)) {
        inFrontMatter = true;
        pos = next;
        continue;
      }
    }
    if (inFrontMatter) {
      if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) inFrontMatter = false;
      pos = next;
      continue;
    }
    if (fence) {
      const m = FENCE.exec(line);
      if (m && (m[1] as string)[0] === fence.char && (m[1] as string).length >= fence.length && (m[2] as string).trim() === '') {
        fence = undefined;
      }
      pos = next;
      continue;
    }
    if (closer) {
      if (line.toLowerCase().includes(closer)) closer = undefined;
      pos = next;
      continue;
    }
    // CommonMark's blank line: spaces and tabs only (a line of no-break spaces continues a paragraph).
    const blank = /^[ \t]*$/.test(line);
    if (blank) {
      sawBlank = true;
      pos = next;
      continue;
    }
    const c = line.charCodeAt(0);
    if (sawBlank && c !== 32 && c !== 9 && pos > chunkStart && !ORDERED_ITEM.test(line)) {
      chunks.push({ start: chunkStart, end: pos });
      chunkStart = pos;
      if (stop?.(pos)) return { chunks, stoppedAt: pos };
    }
    sawBlank = false;
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen && !((fenceOpen[1] as string)[0] === '`' && (fenceOpen[2] as string).includes('`'))) {
      fence = { char: (fenceOpen[1] as string)[0] as string, length: (fenceOpen[1] as string).length };
    } else if (/^ {0,3}<!--/.test(line)) {
      if (!line.slice(line.indexOf('<!--') + 4).includes('-->')) closer = '-->';
    } else if (/^ {0,3}<!\[CDATA\[/.test(line)) {
      if (!line.includes(']]>')) closer = ']]>';
    } else {
      const raw = RAW_HTML_OPEN.exec(line);
      if (raw) {
        const close = `</${(raw[1] as string).toLowerCase()}>`;
        if (!line.toLowerCase().includes(close)) closer = close;
      }
    }
    pos = next;
  }
  if (n > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, end: n });
  return { chunks };
}

import type { TextEdit } from '../types.js';

/**
 * Applies edits (offsets into `source`) and returns the new text. Edits are applied from the end so earlier
 * offsets stay valid; an edit overlapping one already applied is skipped, as "fix all" must never garble text.
 */
export function applyFixes(source: string, edits: readonly TextEdit[]): { output: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  const applied: TextEdit[] = [];
  let output = source;
  let limit = Infinity;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start < 0 || end > source.length || end < start || end > limit) continue;
    // Two insertions at the same point would interleave unpredictably: keep the first.
    if (end === limit && start === end && applied.at(-1)?.range[0] === start) continue;
    output = output.slice(0, start) + edit.text + output.slice(end);
    applied.push(edit);
    limit = start;
  }
  return { output, applied: applied.reverse() };
}

import { LineIndex } from '@scherp/corpus';

const KNOWN_FIELDS = 'breakLengths,length,lineStarts';

/**
 * The line index of `next`, derived from the index of the previous version when only
 * `[prefix, next.length - suffix)` changed: line starts before the edit are kept, the edited lines are
 * rescanned, later starts are shifted. Equal to `new LineIndex(next)`. If `LineIndex` ever gains fields this
 * function does not know, it falls back to building the index from scratch.
 */
export function updateLineIndex(old: LineIndex, next: string, prefix: number, suffix: number): LineIndex {
  const index = new LineIndex('');
  if (Object.keys(index).sort().join(',') !== KNOWN_FIELDS) return new LineIndex(next);
  const delta = next.length - old.length;
  const oldStarts = old.lineStarts;
  const oldBreaks = old.breakLengths;
  const starts: number[] = [0];
  const breaks: number[] = [];
  // Starts whose line break lies wholly in the unchanged prefix.
  let j = 1;
  while (j < oldStarts.length && (oldStarts[j] as number) <= prefix - 1) {
    starts.push(oldStarts[j] as number);
    breaks.push(oldBreaks[j - 1] as number);
    j++;
  }
  // Rescan from the start of the first touched line up to a little into the unchanged suffix.
  const cut = Math.min(next.length + 1, next.length - suffix + 2);
  for (let i = starts[starts.length - 1] as number; i < next.length && i < cut; i++) {
    const c = next.charCodeAt(i);
    if (c === 10) {
      if (i + 1 < cut) {
        starts.push(i + 1);
        breaks.push(1);
      }
    } else if (c === 13) {
      const crlf = next.charCodeAt(i + 1) === 10;
      if (crlf) i++;
      if (i + 1 < cut) {
        starts.push(i + 1);
        breaks.push(crlf ? 2 : 1);
      }
    }
  }
  // Starts in the unchanged suffix: same breaks, shifted.
  for (let k = 1; k < oldStarts.length; k++) {
    const shifted = (oldStarts[k] as number) + delta;
    if (shifted >= cut) {
      starts.push(shifted);
      breaks.push(oldBreaks[k - 1] as number);
    }
  }
  Object.assign(index, { lineStarts: starts, breakLengths: breaks, length: next.length });
  return index;
}

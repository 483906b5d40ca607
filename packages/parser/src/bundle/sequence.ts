/** A numbered heading inside one contribution. */
export interface NumberedItem {
  index: number;
  number: number;
  level: number;
}

interface Sequence {
  last: number;
  levels: Set<number>;
  main: boolean;
}

/**
 * Picks a contribution's own recommendations out of its numbered headings. Bundles number sub-points inside
 * a recommendation too ("2 Creëer inzicht" followed by "1 Gegevensverzameling", "2 Data-analyse", …), and
 * heading levels are not reliable (a writer's 4th recommendation may be one level deeper than the 3rd).
 * So we follow the NUMBERS: a stack of open sequences; an item continues the innermost sequence it fits
 * (n = last + 1), preferring one whose heading level it shares; a "1" that continues nothing opens a
 * sub-sequence; anything else is noise. Only items of the outermost sequence are recommendations.
 */
export function mainSequence(items: NumberedItem[]): NumberedItem[] {
  const out: NumberedItem[] = [];
  const stack: Sequence[] = [];
  for (const item of items) {
    if (stack.length === 0) {
      stack.push({ last: item.number, levels: new Set([item.level]), main: true });
      out.push(item);
      continue;
    }
    let fit = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      const s = stack[k] as Sequence;
      if (s.last + 1 !== item.number) continue;
      if (fit < 0) fit = k;
      if (s.levels.has(item.level)) {
        fit = k;
        break;
      }
    }
    if (fit >= 0) {
      stack.length = fit + 1;
      const s = stack[fit] as Sequence;
      s.last = item.number;
      s.levels.add(item.level);
      if (s.main) out.push(item);
    } else if (item.number === 1) {
      stack.push({ last: 1, levels: new Set([item.level]), main: false });
    }
  }
  return out;
}

// What document i of a fuzz run is: a pure function of (seed, i), so any finding can be replayed alone
// (`npm run fuzz -- --seed S --only i`).
import { fuzzDocument, int, markdownBlock, richMarkdown, seededRandom } from './generate.mjs';

/** Sizes: mostly small, some large, up to 200 KB, as documents come. */
function sizeFor(random) {
  const r = random();
  if (r < 0.7) return int(random, 16, 4096);
  if (r < 0.95) return int(random, 4096, 50 * 1024);
  return int(random, 50 * 1024, 200 * 1024);
}

export function documentAt(seed, index) {
  const random = seededRandom((seed * 1_000_003 + index) >>> 0);
  const size = sizeFor(random);
  const rich = random() < 0.4;
  return { text: rich ? richMarkdown(random, size) : fuzzDocument(random, size), kind: rich ? 'rich' : 'mixed' };
}

/** A few seeded edits of a document: insertions of blocks, deletions and retypings at random places. */
export function editsFor(seed, index, text, count) {
  const random = seededRandom((seed * 7_919 + index * 31 + 1) >>> 0);
  const edits = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    edits.push((current) => {
      const at = int(random, 0, current.length);
      if (r < 0.4) return `${current.slice(0, at)}\n\n${markdownBlock(random)}\n\n${current.slice(at)}`;
      if (r < 0.7) return current.slice(0, at) + current.slice(Math.min(current.length, at + int(random, 1, 200)));
      return `${current.slice(0, at)}${'abc *[`>-|\n'[int(random, 0, 10)]}${current.slice(at)}`;
    });
  }
  return edits;
}

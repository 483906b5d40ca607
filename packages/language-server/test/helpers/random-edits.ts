/** Random but reproducible edits, of the kinds a writer makes: characters, words, lines, paragraph breaks. */

export { seededRandom } from '../../../../scripts/shared/seeded-random.mjs';

const SNIPPETS = [
  'e',
  ' ',
  '.',
  ',',
  '\n',
  '\n\n',
  '# ',
  '- ',
  '> ',
  '1. ',
  '*',
  '`',
  'moet ',
  'De gemeente moet ',
  ' vóór 1 maart 2028',
  'Er moet meer samenwerking komen.',
  'Het waterschap legt in 2027 tien kilometer dijk aan.',
  'We gaan dit verder onderzoeken. ',
  '\n## Nieuwe kop\n',
  '\n<!-- scherp-disable-next-line missing-owner -- reden: citaat -->\n',
  '\n---\n',
];

export interface Edit {
  /** Offsets into the text before the edit. */
  start: number;
  end: number;
  insert: string;
  text: string;
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

export function randomEdit(text: string, random: () => number): Edit {
  const at = Math.floor(random() * (text.length + 1));
  const kind = random();
  let start = at;
  let end = at;
  let insert = '';
  if (kind < 0.4) {
    insert = pick(SNIPPETS, random);
  } else if (kind < 0.7) {
    end = Math.min(text.length, at + 1 + Math.floor(random() * 5));
  } else if (kind < 0.85) {
    // Delete the whole line around `at`.
    start = text.lastIndexOf('\n', at - 1) + 1;
    const next = text.indexOf('\n', at);
    end = next === -1 ? text.length : next + 1;
  } else {
    // Replace a stretch by a snippet.
    end = Math.min(text.length, at + Math.floor(random() * 12));
    insert = pick(SNIPPETS, random);
  }
  return { start, end, insert, text: text.slice(0, start) + insert + text.slice(end) };
}

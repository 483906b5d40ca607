/**
 * Random edit sequences over generated rich Markdown, for the tests that prove the session's results equal the
 * pure pipeline's. Test support only (not part of the package build).
 */
import type { ParseOptions } from '@scherp/parser';
import { seededRandom } from '../../../../scripts/shared/seeded-random.mjs';

export const DOC = [
  '# Dienstverlening',
  '',
  'Er moet een centraal loket voor ondernemers komen.',
  '',
  'De minister van BZK opent vóór 1 juli 2027 tien regionale servicepunten.',
  '',
  '> Gemeenten moeten volop inzetten op blockchain.',
  '',
  'De gemeente brengt haar zaaksystemen onder bij een cloudleverancier.',
].join('\n');

export const OPTIONS: ParseOptions = { format: 'markdown', id: 'session.md' };

/** A replayable integer in [0, n), from the repository's one seeded generator. */
export function seeded(seed: number): (n: number) => number {
  const next = seededRandom(seed);
  return (n) => Math.floor(next() * n);
}

/**
 * Pieces for random edits: prose, and every Markdown block kind the parser must handle incrementally (lists,
 * tables, block quotes, headings, fenced code, HTML blocks and comments, directives, links inline, by
 * reference and as definitions, footnotes).
 */
export const PIECES = [
  'Er moet een centraal loket komen. ',
  'De minister van BZK moet vóór 2027 teneinde de rust tien loketten openen.\n',
  '\n',
  '\n\n',
  '- Gemeenten moeten inzetten op blockchain.\n',
  '  ',
  '> ',
  '# ',
  '1. ',
  '1. De gemeente moet de regeling uitvoeren.\n2. Er komt een loket voor ondernemers.\n',
  '`code` ',
  '**vet** ',
  '<!-- scherp-disable-next-line vague-term -- citaat -->\n',
  '<!-- een opmerking\n\nover twee alinea’s -->\n',
  '[de regeling](https://example.org/regeling) ',
  '[de regeling][reg] ',
  '[reg] ',
  '\n[reg]: https://example.org/regeling "Regeling"\n',
  '\n[Reg]: https://example.org/ander\n',
  '| Wie | Wanneer |\n| --- | --- |\n| De minister moet | in 2027 |\n',
  '| x ',
  '<div>\nEr moet iets gebeuren.\n</div>\n',
  '```\ncode\n```\n',
  '[^1] ',
  '\n[^1]: Een voetnoot die zegt dat er meer aandacht moet komen.\n',
  'x',
];

/** A generated document of `paragraphs` blocks of every kind. */
export function generatedDocument(random: (n: number) => number, paragraphs: number): string {
  const blocks: string[] = [DOC];
  for (let i = 0; i < paragraphs; i++) {
    const piece = PIECES[random(PIECES.length)]!;
    blocks.push(piece.includes('\n') ? piece.trim() : `${piece}Er moet meer aandacht komen voor veiligheid in ${2020 + i}.`);
  }
  return blocks.join('\n\n') + '\n';
}

/** Applies one random edit: a deletion (up to a section), or an insertion of a piece, a paragraph or a copy. */
export function randomEdit(random: (n: number) => number, text: string): string {
  const at = random(text.length + 1);
  const kind = random(6);
  if (kind === 0 && text.length > 0) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + random(20)));
  if (kind === 1 && text.length > 0) return text.slice(0, at) + text.slice(Math.min(text.length, at + random(400)));
  if (kind === 2) {
    const from = random(text.length + 1);
    return text.slice(0, at) + text.slice(from, from + random(300)) + text.slice(at);
  }
  return text.slice(0, at) + PIECES[random(PIECES.length)]! + text.slice(at);
}


// Seeded generators of Markdown documents for the fuzz harness and the hostile corpus. Sentences are made
// up here from small word lists (never taken from ../shared), so every generated document is new text.

export { seededRandom } from '../shared/seeded-random.mjs';

const SUBJECTS = ['De gemeente', 'Het ministerie', 'Wij', 'De provincie', 'Het team', 'Er', 'De minister', 'Iedereen', 'De directie', 'Het waterschap', 'Burgers', 'De toezichthouder'];
const VERBS = ['moet', 'gaat', 'zal', 'kan', 'wil', 'zou', 'moeten', 'gaan', 'zullen', 'dient'];
const OBJECTS = ['meer aandacht', 'een plan', 'de cloud', 'digitale veiligheid', 'open standaarden', 'een onderzoek', 'de begroting', 'een exitstrategie', 'de dienstverlening', 'blockchain', 'kunstmatige intelligentie', 'het datalandschap', 'de kosten', 'een pilot'];
const TAILS = ['geven aan de burger', 'uitvoeren', 'onderzoeken', 'verbeteren', 'realiseren vóór 1 januari 2027', 'betalen uit het fonds', 'meten met drie indicatoren', 'invoeren', 'nader bekijken', 'altijd en overal garanderen', 'oppakken', 'financieren'];
const WORDS = ['beleid', 'zorg', 'data', 'burger', 'overheid', 'regie', 'samenwerking', 'innovatie', 'ketens', 'uitvoering', 'kwartaal', 'budget', 'e-mail', 'co-creatie', 'één', 'coördinatie', 'café', 'naïef', 'zo’n', 'a.s.', 'o.a.', 'art. 3', '€ 2,5 mln', '10%', '2026-03-01'];

export function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

export function int(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}

export function dutchSentence(random) {
  const extra = random() < 0.5 ? ` ${Array.from({ length: int(random, 0, 6) }, () => pick(random, WORDS)).join(' ')}` : '';
  const end = pick(random, ['.', '.', '.', '?', '!', ':', ';', '', '…']);
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}${extra} ${pick(random, TAILS)}${end}`;
}

function inlineMarkup(random, text) {
  const words = text.split(' ');
  const i = int(random, 0, words.length - 1);
  const w = words[i];
  const forms = [
    `**${w}**`,
    `*${w}*`,
    `_${w}_`,
    `\`${w}\``,
    `[${w}](https://example.org/${int(random, 1, 999)})`,
    `[${w}][ref${int(random, 1, 20)}]`,
    `<b>${w}</b>`,
    `${w}<!-- opmerking ${int(random, 1, 99)} -->`,
    `~~${w}~~`,
    `https://www.example.nl/pad/${w}`,
    `${w}\\*`,
    `&amp;${w}`,
    `${w}[^${int(random, 1, 9)}]`,
  ];
  words[i] = pick(random, forms);
  return words.join(' ');
}

function paragraph(random) {
  const n = int(random, 1, 5);
  const sentences = [];
  for (let i = 0; i < n; i++) {
    const s = dutchSentence(random);
    sentences.push(random() < 0.4 ? inlineMarkup(random, s) : s);
  }
  return sentences.join(random() < 0.2 ? '\n' : ' ');
}

function table(random) {
  const cols = int(random, 2, 5);
  const rows = int(random, 1, 8);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const out = [line(Array.from({ length: cols }, (_, i) => `Kolom ${i + 1}`)), line(Array.from({ length: cols }, () => '---'))];
  for (let r = 0; r < rows; r++) out.push(line(Array.from({ length: cols }, () => (random() < 0.5 ? pick(random, WORDS) : dutchSentence(random)))));
  return out.join('\n');
}

function list(random, ordered) {
  const n = int(random, 1, 6);
  const out = [];
  for (let i = 0; i < n; i++) {
    const indent = random() < 0.2 && i > 0 ? '   ' : '';
    out.push(`${indent}${ordered ? `${i + 1}.` : pick(random, ['-', '*', '+'])} ${random() < 0.3 ? `[${pick(random, [' ', 'x'])}] ` : ''}${paragraph(random)}`);
  }
  return out.join('\n');
}

/** One top-level block of rich Markdown. */
export function markdownBlock(random) {
  const r = random();
  if (r < 0.12) return `${'#'.repeat(int(random, 1, 4))} ${random() < 0.3 ? `${int(random, 1, 20)} ` : ''}${pick(random, OBJECTS)} ${pick(random, WORDS)}`;
  if (r < 0.45) return paragraph(random);
  if (r < 0.55) return list(random, false);
  if (r < 0.62) return list(random, true);
  if (r < 0.68) return table(random);
  if (r < 0.73) return `> ${paragraph(random)}${random() < 0.3 ? `\n> > ${paragraph(random)}` : ''}`;
  if (r < 0.77) return `\`\`\`${pick(random, ['', 'js', 'yaml'])}\n${pick(random, WORDS)} = ${int(random, 0, 100)}\n\`\`\``;
  if (r < 0.81) return `<!-- ${pick(random, ['scherp-disable missing-owner', 'scherp-enable', 'scherp-disable-next-line', 'notitie'])} -->`;
  if (r < 0.84) return `[ref${int(random, 1, 20)}]: https://example.org/ref/${int(random, 1, 999)}`;
  if (r < 0.86) return `[^${int(random, 1, 9)}]: ${dutchSentence(random)}`;
  if (r < 0.88) return '---';
  if (r < 0.9) return `<div>\n${paragraph(random)}\n</div>`;
  if (r < 0.92) return `${pick(random, OBJECTS)}\n${pick(random, ['===', '---'])}`;
  if (r < 0.94) return `    ${pick(random, WORDS)} ingesprongen code`;
  return `**Aanbeveling ${int(random, 1, 30)}:** ${paragraph(random)}`;
}

/** Rich, non-repeating Markdown of about `size` characters. */
export function richMarkdown(random, size) {
  const parts = [];
  let length = 0;
  if (random() < 0.3) {
    const fm = `---\ntitle: ${pick(random, OBJECTS)}\ndate: 2026-0${int(random, 1, 9)}-1${int(random, 0, 9)}\n---`;
    parts.push(fm);
    length += fm.length;
  }
  while (length < size) {
    const b = markdownBlock(random);
    parts.push(b);
    length += b.length + 2;
  }
  return parts.join('\n\n');
}

const HOSTILE_PIECES = ['>', '> ', '-', '- ', '1. ', '*', '**', '_', '__', '`', '```', '[', ']', '(', ')', '](', '[a](b', '<!--', '-->', '<div>', '</div>', '|', '|---|', '\n', '\n\n', '    ', '\t', '\\', '&', '&amp;', '<', '>', '#', '~~', '[^1]', '[x]: y', '![', 'http://', '\u0000', '\ud800', '\u202e', '\u00a0', '\r', '\r\n', 'ë', '😀'];

function randomUnicode(random, n) {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.6) s += String.fromCharCode(int(random, 32, 126));
    else if (r < 0.9) s += String.fromCharCode(int(random, 0xa0, 0x2fff));
    else if (r < 0.95) s += String.fromCodePoint(int(random, 0x1f300, 0x1faff));
    else s += String.fromCharCode(int(random, 0, 0xffff));
  }
  return s;
}

/** A mix of Markdown pieces, runs of one piece, Dutch sentences and random Unicode: the fuzz input. */
export function fuzzDocument(random, size) {
  const kind = random();
  if (kind < 0.35) return richMarkdown(random, size);
  const parts = [];
  let length = 0;
  while (length < size) {
    const r = random();
    let piece;
    if (r < 0.3) piece = dutchSentence(random);
    else if (r < 0.55) piece = pick(random, HOSTILE_PIECES);
    else if (r < 0.7) piece = pick(random, HOSTILE_PIECES).repeat(int(random, 2, random() < 0.1 ? 5000 : 60));
    else if (r < 0.85) piece = markdownBlock(random);
    else piece = randomUnicode(random, int(random, 1, 40));
    if (random() < 0.3) piece += random() < 0.5 ? '\n' : '\n\n';
    else piece += ' ';
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}

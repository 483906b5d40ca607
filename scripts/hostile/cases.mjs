// The hostile corpus of issue #14: each case builds its document from a generator, so nothing large is
// committed and every case can be replayed. Used by scripts/hostile/run.mjs (time and memory through the
// built CLI) and by the hostile tests (packages/cli/test/hostile.test.ts).
import { richMarkdown, seededRandom, dutchSentence } from '../fuzz/generate.mjs';

const MB = 1 << 20;
const lines = (n, f) => {
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out.join('\n');
};
const sentence = 'De gemeente moet meer aandacht geven aan digitale veiligheid.';

/**
 * `plain`: the parser's guards read (part of) it as plain text, so an `unparsed-markup` finding is expected.
 * `refused`: not text, so exit 2 with the file's name and position is the right answer.
 * @type {{ name: string, plain?: boolean, refused?: boolean, build: () => string }[]}
 */
export const HOSTILE_CASES = [
  { name: 'gt-1mb', build: () => '>'.repeat(MB) },
  { name: 'dash-lines-512k', build: () => '-\n'.repeat(512 * 1024) },
  { name: 'quote-deep-100k', plain: true, build: () => `${'>'.repeat(100_000)} ${sentence}` },
  { name: 'quote-spaced-100k', plain: true, build: () => `${'> '.repeat(100_000)}${sentence}` },
  { name: 'quote-growing-2000', plain: true, build: () => lines(2000, (i) => `${'>'.repeat(i + 1)} ${sentence}`) },
  { name: 'list-indented-deep', plain: true, build: () => lines(2000, (i) => `${' '.repeat(2 * i)}- ${sentence}`) },
  { name: 'list-dash-100k', plain: true, build: () => `${'- '.repeat(100_000)}${sentence}` },
  { name: 'list-ordered-100k', plain: true, build: () => `${'1. '.repeat(100_000)}${sentence}` },
  { name: 'list-mixed-100k', plain: true, build: () => `${'- 1. * 2) + '.repeat(20_000)}${sentence}` },
  { name: 'list-quote-mixed-100k', plain: true, build: () => `${'> - 1. '.repeat(33_000)}${sentence}` },
  { name: 'table-100k-rows', plain: true, build: () => `| a | b |\n|---|---|\n${lines(100_000, (i) => `| ${sentence} ${i} | x${i} |`)}` },
  { name: 'table-2k-by-50', plain: true, build: () => `${'| h '.repeat(50)}|\n${'|---'.repeat(50)}|\n${lines(2000, (r) => `${Array.from({ length: 50 }, (_, c) => `| c${r}-${c} `).join('')}|`)}` },
  {
    name: 'directives-20k',
    build: () => lines(20_000, (i) => `<!-- scherp-disable missing-owner -->\n\n${sentence} ${i}\n\n<!-- scherp-enable missing-owner -->\n`),
  },
  { name: 'directives-inline-20k', plain: true, build: () => lines(20_000, (i) => `${sentence} <!-- scherp-disable-next-line --> ${i}`) },
  { name: 'comment-unclosed-inline', plain: true, build: () => `${sentence} ${'tekst <!-- '.repeat(100_000)}` },
  { name: 'comment-unclosed-block', plain: true, build: () => `<!--\n${lines(50_000, (i) => `${sentence} ${i}\n`)}` },
  { name: 'emphasis-a-100k', plain: true, build: () => '**a*'.repeat(100_000) },
  { name: 'emphasis-mixed-100k', plain: true, build: () => '*_**__'.repeat(100_000) },
  { name: 'emphasis-words-100k', plain: true, build: () => '*a _b **c __d '.repeat(50_000) },
  { name: 'link-open-100k', plain: true, build: () => '[a](b'.repeat(100_000) },
  { name: 'link-nested-brackets', plain: true, build: () => `${'[a'.repeat(100_000)}${'](b)'.repeat(100_000)}` },
  { name: 'image-open-100k', plain: true, build: () => '![a](b '.repeat(100_000) },
  { name: 'ref-definitions-100k', plain: true, build: () => `${lines(100_000, (i) => `[r${i}]: https://example.org/${i}`)}\n\n${lines(1000, (i) => `${sentence} [zie][r${i * 97}]`)}` },
  { name: 'ref-unresolved-100k', plain: true, build: () => lines(100_000, (i) => `[r${i}][x${i}] [y${i}]`) },
  { name: 'brackets-1mb', plain: true, build: () => '['.repeat(MB) },
  { name: 'closing-brackets-1mb', plain: true, build: () => ']'.repeat(MB) },
  { name: 'newlines-1mb', build: () => '\n'.repeat(MB) },
  { name: 'crlf-1mb', build: () => '\r\n'.repeat(MB / 2) },
  { name: 'backtick-runs-1500', plain: true, build: () => Array.from({ length: 1500 }, (_, i) => `${'`'.repeat(i + 1)} a`).join(' ') },
  { name: 'backticks-1mb', plain: true, build: () => '`'.repeat(MB) },
  { name: 'backtick-fence-open', plain: true, build: () => `\`\`\`\n${lines(100_000, () => sentence)}` },
  { name: 'div-blocks', build: () => lines(50_000, (i) => `<div>\n${sentence} ${i}\n</div>\n`) },
  { name: 'div-open-100k', plain: true, build: () => '<div>'.repeat(100_000) },
  { name: 'html-tags-1mb', plain: true, build: () => '<a '.repeat(MB / 3) },
  { name: 'lt-1mb', plain: true, build: () => '<'.repeat(MB) },
  { name: 'stars-1mb', build: () => '*'.repeat(MB) },
  { name: 'underscores-lines', build: () => lines(100_000, () => '_ _ _') },
  { name: 'headings-setext-100k', plain: true, build: () => lines(100_000, (i) => (i % 2 ? '===' : `kop ${i}`)) },
  { name: 'hashes-1mb', build: () => '#'.repeat(MB) },
  { name: 'footnotes-50k', plain: true, build: () => `${lines(50_000, (i) => `${sentence}[^${i}]`)}\n\n${lines(50_000, (i) => `[^${i}]: ${sentence}`)}` },
  { name: 'footnote-nested', plain: true, build: () => `${'[^a]: '.repeat(100_000)}${sentence}` },
  { name: 'entities-1mb', plain: true, build: () => '&amp;'.repeat(MB / 5) },
  { name: 'backslashes-1mb', plain: true, build: () => '\\'.repeat(MB) },
  { name: 'pipes-1mb', plain: true, build: () => `a|b\n-|-\n${'|'.repeat(MB)}` },
  { name: 'long-line-5mb', build: () => `${sentence} `.repeat((5 * MB) / sentence.length) },
  { name: 'one-word-5mb', build: () => 'a'.repeat(5 * MB) },
  { name: 'tildes-1mb', plain: true, build: () => '~'.repeat(MB) },
  { name: 'front-matter-unclosed', plain: true, build: () => `---\n${lines(100_000, (i) => `k${i}: ${i}`)}` },
  { name: 'yaml-alias-bomb', build: () => `---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n${sentence}` },
  { name: 'word-no-spaces-1mb', build: () => 'beleidsadvies'.repeat(MB / 13) },
  { name: 'sentence-no-punctuation-1mb', build: () => lines(1, () => 'de gemeente moet meer doen '.repeat(MB / 27)) },
  { name: 'links-100k-one-paragraph', build: () => Array.from({ length: 100_000 }, (_, i) => `[zie ${i}](https://example.org/${i})`).join(' ') },
  { name: 'list-flat-100k', build: () => lines(100_000, (i) => `- ${sentence} ${i}`) },
  { name: 'headings-50k', build: () => lines(50_000, (i) => `## Kop ${i}\n`) },
  { name: 'front-matter-huge', build: () => `---\n${lines(100_000, (i) => `k${i}: waarde ${i}`)}\n---\n${sentence}` },
  { name: 'front-matter-deep', build: () => `---\nauthor: ${'['.repeat(50_000)}x${']'.repeat(50_000)}\n---\n${sentence}` },
  { name: 'html-nested-deep', build: () => `${'<div><span>'.repeat(50_000)}${sentence}${'</span></div>'.repeat(50_000)}` },
  { name: 'nul-bytes', refused: true, build: () => `${sentence}\0${'\0'.repeat(1000)}${sentence}` },
  { name: 'crlf-only-5mb', build: () => '\r'.repeat(5 * MB) },
  { name: 'directives-unknown-rules-20k', build: () => lines(20_000, (i) => `<!-- scherp-disable onbekende-regel-${i} -->\n\n${sentence} ${i}\n`) },
  { name: 'sentences-no-blank-1mb', build: () => lines(MB / 64, (i) => `${dutchSentence(seededRandom(i))}`) },
  {
    name: 'document-10mb',
    build: () => richMarkdown(seededRandom(14), 10 * MB),
  },
];

import type { Document, Paragraph, Section } from '../src/model.js';
import { LineIndex } from '../src/spans.js';

/**
 * A small advice bundle built by hand (own example text, not from the corpus): two themes, a co-authored
 * chapter and a single-author chapter, and one numbered subsection nested under a chapter.
 */
export const SOURCE = [
  '# Bundel',
  '## **Veilig** en realistisch',
  '### Anna de Vries',
  '#### 1 Stel een eigenaar aan',
  'De gemeente wijst voor 1 maart een eigenaar aan.',
  '#### 2 Meet de wachttijd',
  'Het team meet elke maand de wachttijd.',
  '## Samenwerking',
  '### Jan Janssen - Émile van Dijk',
  '#### 1 Deel de code',
  'Het ministerie publiceert de broncode in 2026.',
].join('\n');

const lines = new LineIndex(SOURCE);

function offsetOf(text: string): number {
  const at = SOURCE.indexOf(text);
  if (at < 0) throw new Error(`fixture text not found: ${text}`);
  return at;
}

function spanOf(text: string) {
  const start = offsetOf(text);
  return lines.span(start, start + text.length);
}

function block(kind: Paragraph['kind'], raw: string, text: string, sectionIndex: number, extra: Partial<Paragraph> = {}): Paragraph {
  const start = offsetOf(raw);
  const map: Paragraph['map'] = [[0, start + raw.indexOf(text)]];
  return {
    kind,
    text,
    span: spanOf(raw),
    map,
    sentences: [{ text, span: spanOf(raw), map }],
    prose: true,
    quoted: false,
    sectionIndex,
    ...extra,
  };
}

function section(id: string, heading: string, raw: string, level: number, paragraphIndices: number[], children: Section[] = []): Section {
  return { id, heading, level, span: spanOf(raw), paragraphIndices, children };
}

export function buildDocument(): Document {
  const paragraphs: Paragraph[] = [
    block('heading', '#### 1 Stel een eigenaar aan', '1 Stel een eigenaar aan', 3, { depth: 4, ordinal: 1 }),
    block('paragraph', 'De gemeente wijst voor 1 maart een eigenaar aan.', 'De gemeente wijst voor 1 maart een eigenaar aan.', 3),
    block('heading', '#### 2 Meet de wachttijd', '2 Meet de wachttijd', 4, { depth: 4, ordinal: 2 }),
    block('paragraph', 'Het team meet elke maand de wachttijd.', 'Het team meet elke maand de wachttijd.', 4),
    block('heading', '#### 1 Deel de code', '1 Deel de code', 7, { depth: 4, ordinal: 1 }),
    block('paragraph', 'Het ministerie publiceert de broncode in 2026.', 'Het ministerie publiceert de broncode in 2026.', 7),
  ];
  const sections: Section[] = [
    section('bundel', 'Bundel', '# Bundel', 1, [], [
      section('veilig-en-realistisch', '**Veilig** en realistisch', '## **Veilig** en realistisch', 2, [], [
        section('anna-de-vries', 'Anna de Vries', '### Anna de Vries', 3, [], [
          section('1-stel-een-eigenaar-aan', '1 Stel een eigenaar aan', '#### 1 Stel een eigenaar aan', 4, [1]),
          section('2-meet-de-wachttijd', '2 Meet de wachttijd', '#### 2 Meet de wachttijd', 4, [3]),
        ]),
      ]),
      section('samenwerking', 'Samenwerking', '## Samenwerking', 2, [], [
        section('jan-janssen-emile-van-dijk', 'Jan Janssen - Émile van Dijk', '### Jan Janssen - Émile van Dijk', 3, [], [
          section('1-deel-de-code', '1 Deel de code', '#### 1 Deel de code', 4, [5]),
        ]),
      ]),
    ]),
  ];
  return {
    id: 'bundel.md',
    title: 'Bundel',
    kind: 'markdown',
    path: 'voorbeelden/bundel.md',
    metadata: { title: 'Bundel', date: '2026-01-15', tags: ['voorbeeld'], extra: { layout: 'post', weight: 3 } },
    sections,
    paragraphs,
    themes: [
      { id: 'veilig', title: 'Veilig en realistisch', span: spanOf('## **Veilig** en realistisch'), contributionIds: ['c1'] },
      { id: 'samen', title: 'Samenwerking', contributionIds: ['c2'] },
    ],
    experts: [
      { id: 'anna', name: 'Anna de Vries', role: 'onderzoeker', span: spanOf('### Anna de Vries') },
      { id: 'jan', name: 'Jan Janssen' },
      { id: 'emile', name: 'Émile van Dijk' },
    ],
    contributions: [
      { id: 'c1', title: 'Anna de Vries', experts: ['Anna de Vries'], theme: 'Veilig en realistisch', span: spanOf('### Anna de Vries'), recommendationIds: ['r1', 'r2'] },
      // Authors left to the contribution, to exercise the fallback in the query helpers.
      { id: 'c2', title: 'Samen', experts: ['Jan Janssen', 'Émile van Dijk'], span: spanOf('### Jan Janssen - Émile van Dijk'), recommendationIds: ['r3'] },
    ],
    recommendations: [
      { id: 'r1', number: 1, title: 'Stel een eigenaar aan', body: 'De gemeente wijst voor 1 maart een eigenaar aan.', authors: ['Anna de Vries'], theme: 'Veilig en realistisch', contribution: 'c1', span: spanOf('#### 1 Stel een eigenaar aan'), paragraphIndices: [0, 1] },
      { id: 'r2', number: 2, title: 'Meet de wachttijd', body: 'Het team meet elke maand de wachttijd.', authors: ['Anna de Vries'], theme: 'Veilig en realistisch', contribution: 'c1', span: spanOf('#### 2 Meet de wachttijd'), paragraphIndices: [2, 3] },
      { id: 'r3', number: 1, title: 'Deel de code', body: 'Het ministerie publiceert de broncode in 2026.', authors: [], contribution: 'c2', span: spanOf('#### 1 Deel de code'), paragraphIndices: [4, 5] },
    ],
    quotes: [{ text: 'Code delen is samenwerken.', span: spanOf('Het ministerie publiceert'), attribution: 'Jan Janssen' }],
  };
}

/** A second document without headings, cited by its title. */
export function buildHeadinglessDocument(): Document {
  const source = 'Een korte tekst zonder koppen.';
  const index = new LineIndex(source);
  return {
    id: 'los.md',
    title: 'Losse notitie',
    kind: 'markdown',
    metadata: { title: 'Losse notitie', tags: [], extra: {} },
    sections: [],
    paragraphs: [
      { kind: 'paragraph', text: source, span: index.span(0, source.length), map: [[0, 0]], sentences: [], prose: true, quoted: false, sectionIndex: -1 },
    ],
    themes: [],
    experts: [],
    contributions: [],
    recommendations: [],
    quotes: [],
  };
}

import path from 'node:path';
import type { Document, Section } from '@scherp/corpus';
import { ParseError, readDocument } from '@scherp/parser';
import type { CommandContext } from '../context.js';
import { CliError, msg } from '../errors.js';
import { displayPath } from '../formatters/paths.js';
import { readFailureError } from './lint-selection.js';
import { writeOutput } from './lint-command.js';

export interface ParseCommandOptions {
  format: 'json' | 'text';
  full?: boolean;
  outputFile?: string;
}

interface Outline {
  heading: string;
  level: number;
  line: number;
  children: Outline[];
}

const outline = (sections: Section[]): Outline[] =>
  sections.map((s) => ({ heading: s.heading, level: s.level, line: s.span.start.line, children: outline(s.children) }));

/** What `scherp parse` prints by default: the structure, without every paragraph and sentence. */
export function summarizeDocument(document: Document, filePath: string) {
  const sentences = document.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  return {
    filePath,
    id: document.id,
    title: document.title,
    kind: document.kind,
    metadata: document.metadata,
    stats: { sections: countSections(document.sections), paragraphs: document.paragraphs.length, sentences },
    themes: document.themes.map((t) => ({ id: t.id, title: t.title, contributions: t.contributionIds.length })),
    experts: document.experts.map((e) => ({ id: e.id, name: e.name, ...(e.role !== undefined ? { role: e.role } : {}) })),
    contributions: document.contributions.map((c) => ({
      id: c.id,
      title: c.title,
      experts: c.experts,
      ...(c.theme !== undefined ? { theme: c.theme } : {}),
      recommendations: c.recommendationIds.length,
    })),
    recommendations: document.recommendations.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      authors: r.authors,
      ...(r.theme !== undefined ? { theme: r.theme } : {}),
      contribution: r.contribution,
      span: r.span,
    })),
    quotes: document.quotes.length,
    sections: outline(document.sections),
  };
}

function countSections(sections: Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

function textSummary(document: Document, shownPath: string, context: CommandContext): string {
  const nl = context.locale === 'nl';
  const s = summarizeDocument(document, shownPath);
  const lines = [shownPath, `  ${nl ? 'Titel' : 'Title'}: ${s.title}`, `  ${nl ? 'Soort' : 'Kind'}: ${s.kind}`];
  const meta = [s.metadata.date, s.metadata.author, s.metadata.source].filter(Boolean);
  if (meta.length > 0) lines.push(`  ${nl ? 'Gegevens' : 'Metadata'}: ${meta.join(' · ')}`);
  lines.push(
    `  ${nl ? 'Secties' : 'Sections'}: ${s.stats.sections}, ${nl ? 'alinea’s' : 'paragraphs'}: ${s.stats.paragraphs}, ${nl ? 'zinnen' : 'sentences'}: ${s.stats.sentences}`,
  );
  if (s.themes.length > 0) {
    lines.push(`  ${nl ? 'Thema’s' : 'Themes'} (${s.themes.length}):`);
    for (const t of s.themes) lines.push(`    - ${t.title}`);
  }
  if (s.experts.length > 0) {
    lines.push(`  ${nl ? 'Experts' : 'Experts'} (${s.experts.length}): ${s.experts.map((e) => e.name).join(', ')}`);
  }
  if (s.recommendations.length > 0) {
    lines.push(`  ${nl ? 'Aanbevelingen' : 'Recommendations'} (${s.recommendations.length}):`);
    for (const r of s.recommendations) {
      const by = r.authors.length > 0 ? ` — ${r.authors.join(', ')}` : '';
      lines.push(`    ${r.number}. ${r.title}${by} (${nl ? 'r.' : 'l.'} ${r.span.start.line})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `scherp parse <file…>`: one JSON object for one file, an array for several; or a readable summary. */
export async function parseCommand(files: string[], options: ParseCommandOptions, context: CommandContext): Promise<number> {
  const { io } = context;
  const documents: Array<{ document: Document; filePath: string }> = [];
  for (const file of files) {
    const filePath = path.resolve(io.cwd, file);
    try {
      const parsed = await readDocument(filePath);
      documents.push({ document: parsed.document, filePath });
    } catch (error) {
      if (error instanceof ParseError) {
        const failure = { file: error.file ?? filePath, code: error.code, message: error.message, ...(error.line !== undefined ? { line: error.line } : {}), ...(error.column !== undefined ? { column: error.column } : {}) };
        throw readFailureError(failure, io.cwd);
      }
      throw new CliError('input', msg('kan bestand niet verwerken', 'cannot process file'), { file }, { cause: error });
    }
  }
  let text: string;
  if (options.format === 'text') {
    text = documents.map((d) => textSummary(d.document, displayPath(io.cwd, d.filePath), context)).join('\n');
  } else {
    const shaped = documents.map((d) => (options.full ? { filePath: d.filePath, ...d.document } : summarizeDocument(d.document, d.filePath)));
    text = `${JSON.stringify(shaped.length === 1 ? shaped[0] : shaped, null, 2)}\n`;
  }
  await writeOutput(text, options.outputFile, context);
  return 0;
}

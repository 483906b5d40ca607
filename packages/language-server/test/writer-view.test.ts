import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentAnalyzer } from '../src/document-analyzer.js';
import { hoverAt } from '../src/hover.js';
import { writerAdvice, writerFindings } from '../src/writer-view.js';

const demo = readFileSync(new URL('../../../examples/vaag-advies.md', import.meta.url), 'utf8');

/** What the editor shows of a Markdown hover: link targets, escapes and emphasis markers are not read. */
export function renderedText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]<>#|])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/^- /gm, '• ');
}

describe('the writer view in the editor', () => {
  const analysis = new DocumentAnalyzer().analyze(demo, { format: 'markdown' }, {});

  it('shows each vague advice of the demo note with at most 3 findings, hovers of at most 800 characters', () => {
    const findings = writerFindings(analysis, 'nl');
    for (const advice of analysis.result.advice) {
      const own = findings.filter((f) => f.line >= advice.line && f.line <= advice.endLine);
      expect(own.length, advice.text).toBeLessThanOrEqual(3);
    }
    for (const f of findings) {
      const hover = hoverAt(analysis, f.span.start.line - 1, f.span.start.column - 1, 'nl')!;
      const value = (hover.contents as { value: string }).value;
      // What the editor shows: the diagnostic's message, then this hover.
      const text = `${f.message}\n${renderedText(value)}`;
      expect(text.length, text).toBeLessThanOrEqual(800);
      expect(value).not.toContain(f.message.slice(0, 30));
      // Each message once.
      const sentences = text.split(/(?<=[.?!])\s+/).filter((s) => s.length > 25);
      expect(new Set(sentences).size, text).toBe(sentences.length);
      expect(value).toMatch(/\[Meer uitleg\]\(https:\/\/|Meer uitleg: \[/);
      expect(text).toMatch(/Bron: /);
    }
  });

  it('explains an incomplete advice in a few lines, one per missing piece', () => {
    const advice = writerFindings(analysis, 'nl').find((f) => f.kind === 'advice')!;
    const hover = hoverAt(analysis, advice.span.start.line - 1, advice.span.start.column - 1, 'nl')!;
    const text = renderedText((hover.contents as { value: string }).value);
    expect(advice.message).toContain('Dit advies mist: wie, wanneer, meetbaar resultaat');
    expect(text).toContain('• Wie: Noem de verantwoordelijke');
    expect(text).not.toContain('missing-owner'); // no rule ids as headers
  });

  it('counts the advice a writer sees', () => {
    expect(writerAdvice(analysis)).toHaveLength(analysis.result.advice.length); // the demo has no numbered items
  });
});

/// <reference lib="webworker" />
// The lint worker: parsing, linting, Word conversion, explanations and exports run here, off the page's
// main thread, so typing never waits for the linter.
import { computeStats, fileResult, formatJson, renderReport } from '@scherp/cli/report';
import type { CriterionId } from '@scherp/corpus';
import { explainFinding } from '@scherp/language-server/hover';
import { adviceScopes, groupAdviceForWriters, groupForWriters, type LintMessage, type WriterFinding } from '@scherp/linter';
import { MAX_FILE_BYTES, readDocx } from '@scherp/parser';
import { EditorSession, lintText, messageOf, ruleCatalogue, type Linted } from './lint-adapter.js';
import type { AdviceView, Finding, Score, WorkerRequest, WorkerResponse } from './protocol.js';

const session = new EditorSession();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (response: WorkerResponse) => scope.postMessage(response);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).then(reply, (error: unknown) =>
    reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }),
  );
};

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.type) {
    case 'rules':
      return { type: 'rules', id: request.id, rules: ruleCatalogue(), maxFileBytes: MAX_FILE_BYTES };
    case 'lint': {
      const started = performance.now();
      const linted = session.lint(request.text, request.config, request.source);
      return { type: 'lint', id: request.id, ...view(linted, request), ms: performance.now() - started };
    }
    case 'explain':
      return {
        type: 'explain',
        id: request.id,
        // explainFinding reads the rule, criterion, message and (for advice) its pieces only.
        markdown: request.findings.map((f) => explainFinding(explainable(f), request.locale)),
      };
    case 'docx': {
      const docx = await readDocx(request.bytes, request.name);
      return { type: 'docx', id: request.id, text: docx.text, paragraphs: docx.paragraphs, warnings: docx.warnings };
    }
    case 'export': {
      const { parsed, result } = lintText(request.text, request.config, request.source);
      const file = fileResult(request.name, parsed.document.title, result.messages, result.advice);
      const locale = request.config.locale ?? 'nl';
      return request.format === 'html'
        ? { type: 'export', id: request.id, mime: 'text/html', content: renderReport([file], { locale, generatedAt: new Date() }) }
        : { type: 'export', id: request.id, mime: 'application/json', content: formatJson([file], { cwd: '', locale, color: false }) };
    }
  }
}

/** The writer's view of a result, as the language server shows it: one finding per incomplete advice, one per advice. */
function view({ parsed, result }: Linted, { config, source }: Extract<WorkerRequest, { type: 'lint' }>): { findings: Finding[]; advice: AdviceView[]; score: Score } {
  const scopes = adviceScopes(parsed.document);
  const grouped = groupForWriters(result, { locale: config.locale ?? 'nl', scopes });
  const findings = grouped.map((m): Finding => ({
    from: m.span.start.offset,
    to: m.span.end.offset,
    related: (m.related ?? []).map((r) => [r.start.offset, r.end.offset]),
    ...(m.pieces ? { pieces: m.pieces.map((p) => ({ topic: p.topic, label: p.label, status: p.status, ruleId: p.finding.ruleId, message: p.finding.message })) } : {}),
    severity: m.severity,
    ruleId: m.ruleId,
    criterion: m.criterion,
    message: messageOf(m, config, source),
    suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, from: s.fix.range[0], to: s.fix.range[1], text: s.fix.text, safe: s.safe })),
  }));
  const writerAdvice = groupAdviceForWriters(result.advice, { scopes });
  const at = (line: number, column: number) => parsed.lines.offsetAt(line, column);
  const advice = writerAdvice.map((a) => ({
    from: at(a.line, a.column),
    to: at(a.endLine, a.endColumn),
    text: a.text,
    criteria: a.criteria,
    open: a.open,
    vague: a.vague,
  }));
  // The score of `scherp report` (computeStats), over the advice as the writer counts it.
  const stats = computeStats([{ messages: result.messages, advice: writerAdvice }]);
  const coverage = Object.fromEntries(stats.coverage.map((c) => [c.criterion, c.met])) as Score['coverage'];
  return { findings, advice, score: { advice: stats.advice, concrete: stats.advice - stats.vague, coverage } };
}

/** A finding as explainFinding reads it, rebuilt from what crossed the worker boundary. */
function explainable(f: Pick<Finding, 'ruleId' | 'criterion' | 'message' | 'pieces'>): WriterFinding {
  const message = (ruleId: string, text: string) => ({ ruleId, criterion: f.criterion as CriterionId, message: text }) as LintMessage;
  const base = message(f.ruleId, f.message);
  return {
    ...base,
    kind: f.pieces ? 'advice' : 'other',
    parts: [base],
    ...(f.pieces
      ? { pieces: f.pieces.map((p) => ({ topic: p.topic, label: p.label, status: p.status, finding: message(p.ruleId, p.message) })) }
      : {}),
  } as WriterFinding;
}

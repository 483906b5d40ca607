/// <reference lib="webworker" />
// The lint worker: parsing, linting, Word conversion, explanations and exports run here, off the page's
// main thread, so typing never waits for the linter.
import { computeStats, fileResult, formatJson, renderReport } from '@scherp/cli/report';
import type { CriterionId } from '@scherp/corpus';
import { explainFinding } from '@scherp/language-server/hover';
import type { LintMessage } from '@scherp/linter';
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
        // explainFinding reads the rule, criterion and message text only.
        markdown: request.findings.map((f) =>
          explainFinding({ ruleId: f.ruleId, criterion: f.criterion as CriterionId, message: f.message } as LintMessage, request.locale),
        ),
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

function view({ parsed, result }: Linted, { config, source }: Extract<WorkerRequest, { type: 'lint' }>): { findings: Finding[]; advice: AdviceView[]; score: Score } {
  const findings = result.messages.map((m) => ({
    from: m.span.start.offset,
    to: m.span.end.offset,
    severity: m.severity,
    ruleId: m.ruleId,
    criterion: m.criterion,
    message: messageOf(m, config, source),
    suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, from: s.fix.range[0], to: s.fix.range[1], text: s.fix.text, safe: s.safe })),
  }));
  const at = (line: number, column: number) => parsed.lines.offsetAt(line, column);
  const advice = result.advice.map((a) => ({
    from: at(a.line, a.column),
    to: at(a.endLine, a.endColumn),
    text: a.text,
    criteria: a.criteria,
    vague: a.vague,
  }));
  // The score of `scherp report`: its per-criterion coverage and the share of concrete advice.
  const stats = computeStats([result]);
  const coverage = Object.fromEntries(stats.coverage.map((c) => [c.criterion, c.met])) as Score['coverage'];
  return { findings, advice, score: { advice: stats.advice, concrete: stats.advice - stats.vague, coverage } };
}

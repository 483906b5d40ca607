/**
 * remark-scherp: reports Scherp findings (vague Dutch policy advice) as vfile messages, the way remark-lint
 * rules do, so `remark-cli`, editors with remark integration and any unified pipeline show them.
 *
 * The plugin lints the file's text with Scherp's own Markdown parser rather than walking the mdast tree:
 * Scherp's positions, sentence splitting and directives all work on the source, and running the same parser
 * as the `scherp` CLI keeps both tools' findings identical.
 */
import { createLinter, ruleDocsUrl, type LintConfig, type LintMessage } from '@scherp/linter';
import { parse } from '@scherp/parser';
import type { VFile } from 'vfile';

export type Options = LintConfig;

/** unified plugin. Options are a Scherp `LintConfig` (rules, presets, locale); invalid ones throw on `use`. */
export default function remarkScherp(options?: Options | null): (tree: unknown, file: VFile) => void {
  // Validating here makes a bad configuration fail once, before any file is processed.
  const linter = createLinter(options ?? undefined);
  return (_tree, file) => {
    const parsed = parse(String(file), {
      format: 'markdown',
      ...(file.path ? { filePath: file.path } : {}),
    });
    for (const m of linter.lint(parsed).messages) report(file, m, parsed.source);
  };
}

export { remarkScherp };

function report(file: VFile, m: LintMessage, source: string): void {
  const { start, end } = m.span;
  const message = file.message(m.message, {
    place: {
      start: { line: start.line, column: start.column, offset: start.offset },
      end: { line: end.line, column: end.column, offset: end.offset },
    },
    ruleId: m.ruleId,
    source: 'scherp',
  });
  // remark-lint's convention: errors are fatal, warnings are not, informational messages leave it unset.
  message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
  message.url = ruleDocsUrl(m.ruleId);
  message.actual = source.slice(start.offset, end.offset);
  // Only replacements of exactly the flagged text fit remark's actual/expected pair; insertions elsewhere do not.
  const expected = (m.suggestions ?? [])
    .filter((s) => s.fix.range[0] === start.offset && s.fix.range[1] === end.offset)
    .map((s) => s.fix.text);
  if (expected.length) message.expected = expected;
}

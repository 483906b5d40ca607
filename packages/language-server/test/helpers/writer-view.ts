import type { LintConfig, WriterFinding } from '@scherp/linter';
import { adviceScopes, groupForWriters, lint } from '@scherp/linter';
import type { ParseOptions } from '@scherp/parser';
import { parse } from '@scherp/parser';

/** What the server publishes for `text`: the writer's view of a fresh full lint (see src/writer-view.ts). */
export function writerView(text: string, options: ParseOptions, config: LintConfig = {}): WriterFinding[] {
  const parsed = parse(text, options);
  return groupForWriters(lint(parsed, config), { locale: config.locale ?? 'nl', scopes: adviceScopes(parsed.document) });
}

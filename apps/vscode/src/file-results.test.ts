import type { LintMessage, LintResult } from '@scherp/linter';
import { describe, expect, it } from 'vitest';
import { toFileResults } from './file-results.js';

const message = (severity: LintMessage['severity']): LintMessage =>
  ({ ruleId: 'r', criterion: 'owner', severity, message: 'm', messageId: 'x', line: 1, column: 1, endLine: 1, endColumn: 2 }) as LintMessage;

describe('toFileResults', () => {
  it('counts severities per file as the CLI does', () => {
    const result: LintResult = { messages: [message('error'), message('warning'), message('warning'), message('info')], advice: [] };
    const [file] = toFileResults([{ uri: { fsPath: '/w/nota.md' }, title: 'Nota', result }]);
    expect(file).toMatchObject({ filePath: '/w/nota.md', title: 'Nota', errorCount: 1, warningCount: 2, infoCount: 1 });
    expect(file?.messages).toHaveLength(4);
  });
});

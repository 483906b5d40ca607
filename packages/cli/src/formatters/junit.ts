import { texts } from '../i18n.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

// XML 1.0 forbids most control characters even when escaped; drop them rather than emit invalid XML.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const attrs = (pairs: Record<string, string | number>) =>
  Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');

/**
 * JUnit XML: one <testsuite> per file and one <testcase> per message, failed for errors and warnings;
 * notes (info) pass with the message as output. A clean file is one passing test case.
 */
export const formatJunit: Formatter = (results, context) => {
  const t = texts(context.locale);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = displayPath(context.cwd, result.filePath);
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const m of result.messages) {
      const name = `${m.ruleId} (${m.line}:${m.column})`;
      const text = `${file}:${m.line}:${m.column}: ${t.severity[m.severity]}: ${m.message} (${m.ruleId})`;
      if (m.severity === 'info') {
        cases.push(`    <testcase ${attrs({ classname: file, name })}>\n      <system-out>${escapeXml(text)}</system-out>\n    </testcase>`);
      } else {
        suiteFailures++;
        cases.push(
          `    <testcase ${attrs({ classname: file, name })}>\n      <failure ${attrs({ message: m.message, type: m.severity })}>${escapeXml(text)}</failure>\n    </testcase>`,
        );
      }
    }
    if (cases.length === 0) cases.push(`    <testcase ${attrs({ classname: file, name: 'scherp' })} />`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite ${attrs({ name: file, tests: cases.length, failures: suiteFailures, errors: 0, skipped: 0 })}>\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${attrs({ name: 'scherp', tests, failures, errors: 0 })}>\n${suites.join('\n')}\n</testsuites>\n`;
};

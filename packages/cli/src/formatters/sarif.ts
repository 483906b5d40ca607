import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { criteria, formatCitation, type Locale } from '@scherp/corpus';
import { rules, ruleDocsUrl, type RuleMeta, type Severity } from '@scherp/linter';
import { HOMEPAGE, VERSION } from '../version.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Relative paths become URI references (spaces, `#` and `%` encoded) resolved against %SRCROOT%. */
const toUriReference = (relative: string) => relative.split('/').map(encodeURIComponent).join('/');

/**
 * What a code-scanning viewer shows when someone opens a finding: the rule, the criterion behind it (what it
 * asks, why it matters) and where the corpus argues it.
 */
function ruleHelp(meta: RuleMeta, locale: Locale): { full: string; text: string; markdown: string } {
  const description = meta.description[locale];
  const criterion = criteria.find((c) => c.id === meta.criterion);
  const docs = ruleDocsUrl(meta.id);
  if (!criterion) return { full: description, text: `${description}\n${docs}`, markdown: `${description}\n\n[${meta.id}](${docs})` };
  const full = `${description} ${criterion.explanation[locale]} ${criterion.reason[locale]}`;
  const sources = [...criterion.citations, ...(meta.citations ?? [])].map((c) => `- ${formatCitation(c, locale)}`);
  const sourceLabel = locale === 'nl' ? 'Bronnen' : 'Sources';
  const markdown = [
    `**${criterion.question[locale]}** ${description}`,
    criterion.explanation[locale],
    criterion.reason[locale],
    ...(sources.length > 0 ? [`${sourceLabel}:\n${sources.join('\n')}`] : []),
    `[${meta.id}](${docs})`,
  ].join('\n\n');
  return { full, text: `${criterion.question[locale]} ${full}\n${docs}`, markdown };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule is described (with its docs URL
 * as helpUri) so viewers can explain findings; each result points at its rule by id and index.
 */
export const formatSarif: Formatter = (results, context) => {
  const descriptors: ReportingDescriptor[] = rules.map(({ meta }) => {
    const help = ruleHelp(meta, context.locale);
    return {
      id: meta.id,
      name: meta.id.replace(/(^|-)([a-z])/g, (_, _dash: string, ch: string) => ch.toUpperCase()),
      shortDescription: { text: meta.description[context.locale] },
      fullDescription: { text: help.full },
      helpUri: ruleDocsUrl(meta.id),
      help: { text: help.text, markdown: help.markdown },
      defaultConfiguration: { level: LEVEL[meta.defaultSeverity], enabled: meta.recommended },
      properties: { tags: ['scherp', meta.criterion, meta.type], criterion: meta.criterion },
    };
  });
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));

  const sarifResults: Result[] = [];
  for (const result of results) {
    const uri = toUriReference(displayPath(context.cwd, result.filePath));
    const absolute = uri.startsWith('/') || /^[A-Za-z]:/.test(uri);
    for (const m of result.messages) {
      const ruleIndex = indexOf.get(m.ruleId);
      sarifResults.push({
        ruleId: m.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: absolute ? { uri: pathToFileURL(result.filePath).href } : { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
      });
    }
  }

  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'scherp', version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules: descriptors } },
        // Our columns count UTF-16 code units, as JavaScript strings and LSP do.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

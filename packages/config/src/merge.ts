import path from 'node:path';
import picomatch from 'picomatch';
import type { LintConfig, RuleSetting } from '@scherp/linter';
import type { ConfigOverride, ScherpConfig } from './types.js';

/**
 * A severity alone keeps the options set earlier (as in ESLint): an override that only says
 * `"vague-term": "error"` should not reset the term list a base config configured.
 */
export function mergeRuleSetting(previous: RuleSetting | undefined, next: RuleSetting): RuleSetting {
  if (typeof next === 'string' && Array.isArray(previous) && previous.length > 1) return [next, previous[1]];
  return next;
}

export function mergeRules(base: Record<string, RuleSetting>, next: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
  const merged = { ...base };
  for (const [id, setting] of Object.entries(next ?? {})) merged[id] = mergeRuleSetting(merged[id], setting);
  return merged;
}

const asList = (globs: string | string[] | undefined): string[] => (globs === undefined ? [] : Array.isArray(globs) ? globs : [globs]);

/** A glob without a slash matches the file name anywhere below the config ("*.txt"), as in .gitignore. */
function matcher(globs: string[]): (relative: string) => boolean {
  const matchers = globs.map((g) => picomatch(g, { dot: true, basename: !g.includes('/') }));
  return (relative) => matchers.some((m) => m(relative));
}

export function overrideApplies(override: ConfigOverride, configDir: string, filePath: string): boolean {
  const relative = path.relative(configDir, filePath).split(path.sep).join('/');
  // Files outside the config's directory are only linted with it through --config; match them by name.
  if (!matcher(asList(override.files))(relative)) return false;
  return !matcher(asList(override.excludedFiles))(relative);
}

/** Command-line settings, applied after every file setting. */
export interface CommandLineSettings {
  rules?: Record<string, RuleSetting>;
  locale?: LintConfig['locale'];
  maxFindings?: number;
}

/**
 * The plain LintConfig the linter understands for one file: base, then matching overrides, then the command
 * line (the CLI's `--rule`, `--locale`, `--max-findings`; the editor passes none and applies its settings after).
 */
export function configForFile(config: ScherpConfig, configDir: string, filePath: string, cli: CommandLineSettings = {}): LintConfig {
  const result: LintConfig = {};
  if (config.extends !== undefined) result.extends = config.extends;
  let rules = mergeRules({}, config.rules);
  let locale = config.locale;
  let checkBlockquotes = config.checkBlockquotes;
  for (const override of config.overrides ?? []) {
    if (!overrideApplies(override, configDir, filePath)) continue;
    rules = mergeRules(rules, override.rules);
    if (override.locale !== undefined) locale = override.locale;
    if (override.checkBlockquotes !== undefined) checkBlockquotes = override.checkBlockquotes;
  }
  rules = mergeRules(rules, cli.rules);
  if (cli.locale !== undefined) locale = cli.locale;
  if (Object.keys(rules).length > 0) result.rules = rules;
  if (locale !== undefined) result.locale = locale;
  if (checkBlockquotes !== undefined) result.checkBlockquotes = checkBlockquotes;
  const maxFindings = cli.maxFindings ?? config.maxFindings;
  if (maxFindings !== undefined) result.maxFindings = maxFindings;
  return result;
}

import type { Locale } from '@scherp/corpus';
import type { LintConfig, OptionSchema, PresetName, RuleSetting, Severity, SeveritySetting } from '../types.js';
import type { RuleModule } from './rule-api.js';

export type ConfigErrorCode =
  | 'invalid-config'
  | 'unknown-preset'
  | 'unknown-rule'
  | 'invalid-severity'
  | 'unknown-option'
  | 'invalid-option'
  | 'invalid-locale';

/** A configuration the linter cannot use. `path` names the offending setting, e.g. `rules.long-sentence.max`. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly code: ConfigErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ResolvedRule {
  severity: SeveritySetting;
  /** Every option of the rule, defaults filled in. */
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  locale: Locale;
  checkBlockquotes: boolean;
  /** At most this many findings per document; 0: no limit (see `LintConfig.maxFindings`). */
  maxFindings: number;
  /** One entry per known rule, including the ones that are off. */
  rules: Record<string, ResolvedRule>;
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict'];
const CONFIG_KEYS = new Set(['extends', 'rules', 'locale', 'checkBlockquotes', 'maxFindings']);
/** The default of `maxFindings`. */
export const DEFAULT_MAX_FINDINGS = 10_000;

/** One severity step up, for the `strict` preset. */
const STRICTER: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

/** Option values `strict` tightens beyond the defaults. */
const STRICT_OPTIONS: Record<string, Record<string, unknown>> = {
  'long-sentence': { max: 20 },
};

export function buildPresets(rules: readonly RuleModule[]): Record<PresetName, LintConfig> {
  const recommended: Record<string, RuleSetting> = {};
  const strict: Record<string, RuleSetting> = {};
  for (const { meta } of rules) {
    recommended[meta.id] = meta.recommended ? meta.defaultSeverity : 'off';
    // Advice and document rules get stricter; language rules switch on at their own severity or warning.
    const severity =
      meta.type === 'language'
        ? meta.defaultSeverity === 'info'
          ? 'warning'
          : meta.defaultSeverity
        : STRICTER[meta.defaultSeverity];
    const options = STRICT_OPTIONS[meta.id];
    strict[meta.id] = options ? [severity, options] : severity;
  }
  return {
    recommended: { locale: 'nl', checkBlockquotes: true, rules: recommended },
    strict: { locale: 'nl', checkBlockquotes: true, rules: strict },
  };
}

/**
 * Validates a configuration and merges it over its presets (`recommended` when `extends` is absent; `[]`
 * means no preset: only the rules listed are on). Throws {@link ConfigError} on anything it cannot use.
 */
export function resolveConfigWith(
  rules: readonly RuleModule[],
  presets: Record<PresetName, LintConfig>,
  config: LintConfig = {},
): ResolvedConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError('invalid-config', '', 'The configuration must be an object.');
  }
  for (const key of Object.keys(config)) {
    if (!CONFIG_KEYS.has(key)) {
      throw new ConfigError(
        'invalid-config',
        key,
        `Unknown configuration key '${key}'. Expected one of: ${[...CONFIG_KEYS].join(', ')}.`,
      );
    }
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const resolved: ResolvedConfig = { locale: 'nl', checkBlockquotes: true, maxFindings: DEFAULT_MAX_FINDINGS, rules: {} };
  for (const { meta } of rules) {
    resolved.rules[meta.id] = { severity: 'off', options: defaultOptions(meta.options) };
  }

  const extendsList = config.extends === undefined ? ['recommended'] : config.extends;
  const presetNames = Array.isArray(extendsList) ? extendsList : [extendsList];
  for (const [i, name] of presetNames.entries()) {
    if (!PRESET_NAMES.includes(name as PresetName)) {
      throw new ConfigError(
        'unknown-preset',
        `extends[${i}]`,
        `Unknown preset '${String(name)}'. Available presets: ${PRESET_NAMES.join(', ')}.`,
      );
    }
    apply(presets[name as PresetName], byId, resolved);
  }
  apply(config, byId, resolved);
  return resolved;
}

function apply(config: LintConfig, byId: Map<string, RuleModule>, into: ResolvedConfig): void {
  if (config.locale !== undefined) {
    if (config.locale !== 'nl' && config.locale !== 'en') {
      throw new ConfigError('invalid-locale', 'locale', `Invalid locale '${String(config.locale)}'. Use 'nl' or 'en'.`);
    }
    into.locale = config.locale;
  }
  if (config.checkBlockquotes !== undefined) {
    if (typeof config.checkBlockquotes !== 'boolean') {
      throw new ConfigError('invalid-config', 'checkBlockquotes', `'checkBlockquotes' must be true or false.`);
    }
    into.checkBlockquotes = config.checkBlockquotes;
  }
  if (config.maxFindings !== undefined) {
    if (typeof config.maxFindings !== 'number' || !Number.isInteger(config.maxFindings) || config.maxFindings < 0) {
      throw new ConfigError('invalid-config', 'maxFindings', `'maxFindings' must be a whole number ≥ 0 (0: no limit), not ${JSON.stringify(config.maxFindings)}.`);
    }
    into.maxFindings = config.maxFindings;
  }
  if (config.rules === undefined) return;
  if (config.rules === null || typeof config.rules !== 'object' || Array.isArray(config.rules)) {
    throw new ConfigError('invalid-config', 'rules', `'rules' must be an object mapping rule ids to settings.`);
  }
  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = byId.get(id);
    if (!rule) {
      const hint = closest(id, [...byId.keys()]);
      throw new ConfigError(
        'unknown-rule',
        `rules.${id}`,
        `Unknown rule '${id}'.${hint ? ` Did you mean '${hint}'?` : ''} See the list of rules in docs/rules/README.md.`,
      );
    }
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    if (Array.isArray(setting) && (setting.length < 1 || setting.length > 2)) {
      throw new ConfigError('invalid-severity', `rules.${id}`, `Rule '${id}': use a severity or [severity, options].`);
    }
    if (!SEVERITIES.includes(severity as SeveritySetting)) {
      throw new ConfigError(
        'invalid-severity',
        `rules.${id}`,
        `Rule '${id}': invalid severity '${String(severity)}'. Use one of: ${SEVERITIES.join(', ')}.`,
      );
    }
    const target = into.rules[id] as ResolvedRule;
    target.severity = severity as SeveritySetting;
    if (options !== undefined) target.options = { ...target.options, ...validateOptions(rule, options) };
  }
}

function validateOptions(rule: RuleModule, options: unknown): Record<string, unknown> {
  const id = rule.meta.id;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ConfigError('invalid-option', `rules.${id}`, `Rule '${id}': options must be an object.`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    const schema = rule.meta.options[key];
    const path = `rules.${id}.${key}`;
    if (!schema) {
      const known = Object.keys(rule.meta.options);
      throw new ConfigError(
        'unknown-option',
        path,
        `Rule '${id}' has no option '${key}'.${known.length ? ` Options: ${known.join(', ')}.` : ' It takes no options.'}`,
      );
    }
    if (!matchesType(schema, value)) {
      throw new ConfigError(
        'invalid-option',
        path,
        `Rule '${id}': option '${key}' must be ${describeType(schema)}, got ${JSON.stringify(value)}.`,
      );
    }
    out[key] = value;
  }
  return out;
}

function matchesType(schema: OptionSchema, value: unknown): boolean {
  switch (schema.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

function describeType(schema: OptionSchema): string {
  return { number: 'a number', boolean: 'true or false', string: 'a string', 'string[]': 'a list of strings' }[
    schema.type
  ];
}

function defaultOptions(schema: Record<string, OptionSchema>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(schema)) {
    out[key] = Array.isArray(option.default) ? [...option.default] : option.default;
  }
  return out;
}

/** The known id nearest to a misspelt one (edit distance ≤ 3), for "did you mean". */
function closest(id: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const candidate of candidates) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = row;
  }
  return prev[b.length] as number;
}

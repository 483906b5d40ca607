import type { Ajv, ErrorObject } from 'ajv';
import { rules } from '@scherp/linter';
import schema from '../schema/scherp.config.schema.json' with { type: 'json' };
import type { Localized } from '@scherp/corpus';
import { ConfigFileError, msg } from './errors.js';
import type { ScherpConfig } from './types.js';

// One compiled validator per process: compiling the schema costs more than validating many files. Ajv is
// loaded only when a config file is found: most runs (no config, or only a package.json without a
// "scherp" key) never need it, and loading it costs about 30 ms of start-up.
let validator: Promise<ReturnType<Ajv['compile']>> | undefined;

async function validate(value: unknown): Promise<ErrorObject[]> {
  validator ??= import('ajv').then(({ Ajv }) => new Ajv({ allErrors: false, strictTuples: false }).compile(schema));
  const check = await validator;
  return check(value) ? [] : (check.errors ?? []);
}

const TYPE_NL: Record<string, string> = { number: 'een getal', integer: 'een geheel getal', boolean: 'true of false', string: 'tekst', array: 'een lijst', object: 'een object' };
const TYPE_EN: Record<string, string> = { number: 'a number', integer: 'an integer', boolean: 'true or false', string: 'text', array: 'a list', object: 'an object' };

/** `/rules/foo` → `rules.foo`: how a writer would name the place in their file. */
function describePath(instancePath: string): string {
  if (instancePath === '') return '(root)';
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

function describeError(error: ErrorObject): Localized {
  const where = describePath(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      if (/(^|\/)rules$/.test(error.instancePath)) return msg(`${where}: onbekende regel ‘${key}’`, `${where}: unknown rule ‘${key}’`);
      return msg(`${where}: onbekende sleutel ‘${key}’`, `${where}: unknown key ‘${key}’`);
    }
    case 'enum': {
      const allowed = (error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return msg(`${where}: moet een van ${allowed} zijn`, `${where}: must be one of ${allowed}`);
    }
    case 'type': {
      const type = String(error.params['type']);
      return msg(`${where}: moet ${TYPE_NL[type] ?? type} zijn`, `${where}: must be ${TYPE_EN[type] ?? type}`);
    }
    case 'maxItems':
      return msg(`${where}: te veel waarden (hoogstens ${String(error.params['limit'])})`, `${where}: too many items (at most ${String(error.params['limit'])})`);
    case 'minItems':
      return msg(`${where}: te weinig waarden (minstens ${String(error.params['limit'])})`, `${where}: too few items (at least ${String(error.params['limit'])})`);
    case 'minLength':
      return msg(`${where}: mag niet leeg zijn`, `${where}: must not be empty`);
    case 'required': {
      const key = String(error.params['missingProperty']);
      return msg(`${where}: sleutel ‘${key}’ ontbreekt`, `${where}: key ‘${key}’ is missing`);
    }
    default:
      return msg(`${where}: ${error.message ?? 'ongeldige waarde'}`, `${where}: ${error.message ?? 'invalid value'}`);
  }
}

/**
 * The error to report. A rule setting is "a severity, or [severity, options]": when it fails, each branch
 * reports its own error, and the one deepest in the value says what is actually wrong.
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  // Deeper first; at equal depth, a complaint about the shape ("too many items") over one that only says
  // the value is not of the other branch's kind.
  const rank = (e: ErrorObject) => e.instancePath.split('/').length * 2 + (e.keyword === 'enum' || e.keyword === 'type' ? 0 : 1);
  return errors.filter((e) => e.keyword !== 'oneOf').reduce<ErrorObject | undefined>((best, e) => (!best || rank(e) > rank(best) ? e : best), undefined) ?? errors[0];
}

/** Rule ids must exist: a typo would otherwise silently leave a rule at its default. */
function checkRuleIds(config: ScherpConfig, filepath: string): void {
  const known = new Set(rules.map((r) => r.meta.id));
  const blocks = [{ where: 'rules', rules: config.rules }, ...(config.overrides ?? []).map((o, i) => ({ where: `overrides[${i}].rules`, rules: o.rules }))];
  for (const block of blocks) {
    for (const id of Object.keys(block.rules ?? {})) {
      if (!known.has(id)) throw new ConfigFileError(filepath, msg(`${block.where}: onbekende regel ‘${id}’`, `${block.where}: unknown rule ‘${id}’`));
    }
  }
}

/**
 * The configuration in `value`, checked against the published schema; throws a ConfigFileError naming the
 * file and the place in it when it is not a valid Scherp configuration. The CLI and the language server
 * both validate here, so a file the CLI rejects is never silently half-used in the editor.
 */
export async function validateConfig(value: unknown, filepath: string): Promise<ScherpConfig> {
  const first = mostSpecific(await validate(value));
  if (first) throw new ConfigFileError(filepath, describeError(first));
  const config = value as ScherpConfig;
  checkRuleIds(config, filepath);
  return config;
}

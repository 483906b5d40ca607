import { rules as builtInRules, type RuleModule } from '@scherp/linter';

type JsonSchema = Record<string, unknown>;

const OPTION_TYPES: Record<string, JsonSchema> = {
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  string: { type: 'string' },
  'string[]': { type: 'array', items: { type: 'string' } },
};

/**
 * The `rules` definition of the configuration schema, one property per rule: editors complete rule ids,
 * show each rule's description and default severity, complete its options, and flag a misspelt id.
 */
export function rulesDefinition(rules: readonly RuleModule[] = builtInRules): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const { meta } of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const options: Record<string, JsonSchema> = {};
    for (const [name, option] of Object.entries(meta.options)) {
      options[name] = { ...OPTION_TYPES[option.type], default: option.default, description: option.description.en };
    }
    properties[meta.id] = {
      description: `${meta.description.en} Default: ${meta.defaultSeverity}${meta.recommended ? '' : ' (off in `recommended`)'}.`,
      oneOf: [
        { $ref: '#/definitions/severity' },
        {
          type: 'array',
          description: '[severity, options]',
          items: [{ $ref: '#/definitions/severity' }, { type: 'object', additionalProperties: false, properties: options }],
          minItems: 1,
          maxItems: 2,
        },
      ],
    };
  }
  return {
    type: 'object',
    description: 'Rule id → severity or [severity, options]. See `scherp lint --list-rules` and docs/rules/.',
    additionalProperties: false,
    properties,
  };
}

/** `schema` with its rule definitions generated from the rule modules (what `npm run schema` writes). */
export function withRuleDefinitions(schema: JsonSchema, rules?: readonly RuleModule[]): JsonSchema {
  const definitions = { ...(schema['definitions'] as Record<string, JsonSchema>) };
  definitions['rules'] = rulesDefinition(rules);
  delete definitions['ruleSetting'];
  return { ...schema, definitions };
}

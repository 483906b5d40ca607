/**
 * @scherp/config: finds, reads and validates Scherp configuration files and resolves one file's
 * configuration; shared by the CLI and the language server.
 */
export { ConfigLoader, CONFIG_FILE_NAMES, isJavaScriptConfig, type ConfigLoaderOptions, type FoundConfig } from './load.js';
export { ConfigFileError, isConfigFileError } from './errors.js';
export { loadJsConfig, JS_CONFIG_TIMEOUT_MS } from './js-config.js';
export { parseJsonConfig, parseYamlConfig, stripBom } from './parse-text.js';
export { validateConfig } from './validate.js';
export { configForFile, mergeRules, mergeRuleSetting, overrideApplies, type CommandLineSettings } from './merge.js';
export { rulesDefinition, withRuleDefinitions } from './rule-schema.js';
export type { ScherpConfig, ConfigOverride, LoadedConfig } from './types.js';

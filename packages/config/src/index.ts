/**
 * @scherp/config: finds and reads Scherp configuration files, shared by the CLI and the language server.
 */
export { ConfigLoader, CONFIG_FILE_NAMES, isJavaScriptConfig, type ConfigLoaderOptions, type FoundConfig } from './load.js';
export { ConfigFileError, isConfigFileError } from './errors.js';
export { loadJsConfig, JS_CONFIG_TIMEOUT_MS } from './js-config.js';
export { parseJsonConfig, parseYamlConfig, stripBom } from './parse-text.js';

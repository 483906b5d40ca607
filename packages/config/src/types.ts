import type { Locale } from '@scherp/corpus';
import type { PresetName, RuleSetting } from '@scherp/linter';

/** A block of settings that applies to some files only. */
export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  locale?: Locale;
  checkBlockquotes?: boolean;
  rules?: Record<string, RuleSetting>;
}

/** What a scherp configuration file holds (validated against schema/scherp.config.schema.json by `validateConfig`). */
export interface ScherpConfig {
  $schema?: string;
  extends?: PresetName | PresetName[];
  locale?: Locale;
  checkBlockquotes?: boolean;
  maxFindings?: number;
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
}

/** A configuration file as found on disk. */
export interface LoadedConfig {
  /** Absolute path of the file the settings came from (package.json for the "scherp" key). */
  filepath: string;
  config: ScherpConfig;
}

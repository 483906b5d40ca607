/**
 * The extension's setting keys. VS Code shows a setting's key as its title ("debounceMs" became "Debounce Ms"),
 * so the keys are Dutch; each English key of 0.1 still reads (deprecated) until it is migrated.
 * No `vscode` import: the choice between the two keys is tested as a plain function.
 */
export const SETTINGS = {
  enable: { key: 'aan', old: 'enable' },
  locale: { key: 'taal', old: 'locale' },
  run: { key: 'controleren', old: 'run' },
  debounceMs: { key: 'wachttijd', old: 'debounceMs' },
  plainText: { key: 'tekstbestanden', old: 'plainText' },
  rules: { key: 'regels', old: 'rules' },
} as const;

export type SettingName = keyof typeof SETTINGS;
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** Where a setting's values come from, as `WorkspaceConfiguration.inspect` reports them. */
export interface Inspected {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
  globalLanguageValue?: unknown;
  workspaceLanguageValue?: unknown;
  workspaceFolderLanguageValue?: unknown;
}

export interface SettingsReader {
  get(key: string): unknown;
  inspect(key: string): Inspected | undefined;
}

export function isSetByUser(inspected: Inspected | undefined): boolean {
  if (!inspected) return false;
  return [
    inspected.globalValue,
    inspected.workspaceValue,
    inspected.workspaceFolderValue,
    inspected.globalLanguageValue,
    inspected.workspaceLanguageValue,
    inspected.workspaceFolderLanguageValue,
  ].some((value) => value !== undefined);
}

/** The Dutch key's value, unless only the old key was set (a settings file the migration could not write). */
export function effectiveValue(config: SettingsReader, name: SettingName): unknown {
  const { key, old } = SETTINGS[name];
  if (!isSetByUser(config.inspect(key)) && isSetByUser(config.inspect(old))) return config.get(old);
  return config.get(key);
}

/** The `scherp` section as the language server reads it: the Dutch keys only, each with its effective value. */
export function effectiveSection(config: SettingsReader): Record<string, unknown> {
  return Object.fromEntries(SETTING_NAMES.map((name) => [SETTINGS[name].key, effectiveValue(config, name)]));
}

/** Tells the language server which key stands for which setting (it names them in its warnings). */
export function serverSettingKeys(): Record<SettingName, string> {
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, SETTINGS[name].key])) as Record<SettingName, string>;
}

export type Level = 'globalValue' | 'workspaceValue' | 'workspaceFolderValue';

export interface Move {
  level: Level;
  from: string;
  to: string;
  value: unknown;
  /** False when the Dutch key already has a value at that level: that one wins, the old one only goes. */
  write: boolean;
}

/** Every old key set at one of the levels, to move to its Dutch key at the same level. */
export function plannedMoves(inspect: (key: string) => Inspected | undefined, levels: readonly Level[]): Move[] {
  const moves: Move[] = [];
  for (const name of SETTING_NAMES) {
    const { key, old } = SETTINGS[name];
    const from = inspect(old);
    const to = inspect(key);
    for (const level of levels) {
      const value = from?.[level];
      if (value !== undefined) moves.push({ level, from: old, to: key, value, write: to?.[level] === undefined });
    }
  }
  return moves;
}

const LEVEL_NAMES: Record<Level, string> = { globalValue: 'user', workspaceValue: 'workspace', workspaceFolderValue: 'folder' };

/** For the log: one planned move, e.g. `scherp.debounceMs = 100 → scherp.wachttijd (user)`. */
export function describeMove(move: Move): string {
  const kept = move.write ? '' : `; scherp.${move.to} already set there, kept`;
  return `scherp.${move.from} = ${JSON.stringify(move.value)} → scherp.${move.to} (${LEVEL_NAMES[move.level]}${kept})`;
}

/** For the log: a key's values at the levels looked at, e.g. `scherp.wachttijd user=100 workspace=-`. */
export function describeLevels(key: string, inspected: Inspected | undefined, levels: readonly Level[]): string {
  const values = levels.map((level) => {
    const value = inspected?.[level];
    return `${LEVEL_NAMES[level]}=${value === undefined ? '-' : JSON.stringify(value)}`;
  });
  return `scherp.${key} ${values.join(' ')}`;
}

import * as vscode from 'vscode';
import { strings, type Locale } from './i18n.js';
import { describeLevels, describeMove, plannedMoves, SETTING_NAMES, SETTINGS, type Level, type Move } from './setting-keys.js';

const TARGET: Record<Level, vscode.ConfigurationTarget> = {
  globalValue: vscode.ConfigurationTarget.Global,
  workspaceValue: vscode.ConfigurationTarget.Workspace,
  workspaceFolderValue: vscode.ConfigurationTarget.WorkspaceFolder,
};

/**
 * Moves the English keys of 0.1 (`scherp.enable`, …) to the Dutch ones in the user's, workspace's and
 * folders' settings whenever one is present, and says so. A file that cannot be written keeps its old key,
 * which still reads. Each run is logged to the Scherp output channel: what VS Code reported per level, the
 * moves, each write's outcome and the notice.
 */
export function migrateSettings(locale: Locale, log: vscode.LogOutputChannel, trigger: string): Promise<void> {
  // Run again on every change of the section: the user's settings may arrive after activation (a remote
  // window), or an old key may be pasted in later. One run at a time, so a key is moved and announced once.
  pending = pending.then(() => migrateOnce(locale, log, `settings migration ${++runs} (${trigger})`));
  return pending;
}

let pending: Promise<void> = Promise.resolve();
let runs = 0;

async function migrateOnce(locale: Locale, log: vscode.LogOutputChannel, run: string): Promise<void> {
  const scopes: Array<{ name: string; uri?: vscode.Uri; levels: Level[] }> = [
    { name: 'window', levels: vscode.workspace.workspaceFolders ? ['globalValue', 'workspaceValue'] : ['globalValue'] },
  ];
  // Folder settings differ from the workspace's only in a multi-root workspace.
  if (vscode.workspace.workspaceFile) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      scopes.push({ name: folder.name, uri: folder.uri, levels: ['workspaceFolderValue'] });
    }
  }
  const moved = new Set<string>();
  for (const { name, uri, levels } of scopes) {
    // A snapshot: read again after writing to log what VS Code reports then.
    const config = vscode.workspace.getConfiguration('scherp', uri);
    const moves = plannedMoves((key) => config.inspect(key), levels);
    log.info(`${run}, ${name}: ${readValues(config, levels)}; ${moves.length === 0 ? 'nothing to move' : `to move: ${moves.map(describeMove).join(', ')}`}`);
    for (const move of moves) {
      const done = await withRetries(() => write(config, move), (attempt, error) =>
        log.warn(`${run}: writing scherp.${move.to} failed (attempt ${attempt}): ${error instanceof Error ? error.message : String(error)}`),
      );
      // A read-only or broken settings file keeps its old key, which keeps working (see effectiveValue).
      if (done) moved.add(`scherp.${move.from} → scherp.${move.to}`);
      else log.error(`${run}: gave up on ${describeMove(move)}; the old key keeps working`);
    }
    if (moves.length > 0) log.info(`${run}, ${name}: after writing: ${readValues(vscode.workspace.getConfiguration('scherp', uri), levels)}`);
  }
  if (moved.size === 0) return;
  const notice = strings(locale).settingsMigrated([...moved]);
  log.info(`${run}: notice shown: ${notice}`);
  void vscode.window.showInformationMessage(notice);
}

async function write(config: vscode.WorkspaceConfiguration, move: Move): Promise<void> {
  if (move.write) await config.update(move.to, move.value, TARGET[move.level]);
  await config.update(move.from, undefined, TARGET[move.level]);
}

/** Every Scherp key, old or Dutch, with a value at one of the levels, as `inspect()` reports it now. */
function readValues(config: vscode.WorkspaceConfiguration, levels: Level[]): string {
  const keys = SETTING_NAMES.flatMap((name) => [SETTINGS[name].old, SETTINGS[name].key] as string[]);
  const set = keys.filter((key) => levels.some((level) => config.inspect(key)?.[level] !== undefined));
  return set.length === 0 ? 'no Scherp keys set' : set.map((key) => describeLevels(key, config.inspect(key), levels)).join(', ');
}

/**
 * A write can fail (a settings file with errors, or one VS Code is writing itself at start-up: it rewrites
 * `extensions.autoUpdate: false` as "off"), so try a few times before giving up; the log names each failure.
 * In the editor test's runs under load no write failed: the two writes took 8–28 s in all.
 */
async function withRetries(attempt: () => Promise<void>, failed: (attempt: number, error: unknown) => void, attempts = 5): Promise<boolean> {
  for (let n = 1; n <= attempts; n++) {
    try {
      await attempt();
      return true;
    } catch (error) {
      failed(n, error);
      if (n < attempts) await new Promise((resolve) => setTimeout(resolve, 250 * n));
    }
  }
  return false;
}

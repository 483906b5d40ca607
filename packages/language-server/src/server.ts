import type { Connection, Diagnostic, InitializeParams, InitializeResult, TextDocumentChangeEvent } from 'vscode-languageserver';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configKey, type LintMessage } from '@scherp/linter';
import { codeActions } from './code-actions.js';
import { ConfigFileResolver, CONFIG_FILE_NAMES } from './config-file.js';
import { withoutStaleChanges } from './stale-changes.js';
import type { Analysis } from './document-analyzer.js';
import { DocumentAnalyzer } from './document-analyzer.js';
import { isChecked, parseOptionsFor, uriToPath } from './document-source.js';
import { mergeConfig, validatedConfig } from './effective-config.js';
import { hoverAt } from './hover.js';
import { writerAdvice, writerFindings } from './writer-view.js';
import { DiagnosticsEncoder, DiagnosticsPayload, DiagnosticTailCache } from './publish.js';
import { t } from './i18n.js';
import type {
  AdviceChangedParams,
  AdviceParams,
  AdviceResult,
  ScherpInitializationOptions,
  TrustChangedParams,
} from './protocol.js';
import {
  ADVICE_CHANGED_NOTIFICATION,
  ADVICE_REQUEST,
  FIX_ALL_KIND,
  OPEN_RULE_DOCS_COMMAND,
  TRUST_CHANGED_NOTIFICATION,
} from './protocol.js';
import type { ScherpSettings } from './settings.js';
import { defaultSettings, normalizeSettings, settingKeys, DEFAULT_SETTING_KEYS } from './settings.js';

export interface ScherpServer {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
}

/** Per open document: its incremental analyzer, the last analysis and the pending check. */
interface DocumentState {
  analyzer: DocumentAnalyzer;
  /** Encodes its publishes, reusing the bytes of the previous one. */
  encoder: DiagnosticsEncoder;
  latest: { version: number; configKey: string; analysis: Analysis } | null;
  /** Bumped by every edit or re-check; a check that finds a newer generation gives up (stale). */
  generation: number;
  /** The pending check: a timer, or an immediate when the debounce is 0. */
  timer: { cancel(): void } | undefined;
}

const NO_MESSAGES: readonly LintMessage[] = [];

/** What a configuration notice is about: it may be shown again once that changed. */
type NoticeSubject = 'settings' | 'config';

/**
 * Tests only (SCHERP_LANGUAGE_SERVER_FAULT=<marker>): a text holding the marker fails, and leaves its session
 * broken as a real failure may, so the protocol tests can show that the next edit recovers.
 */
const FAULT = process.env['SCHERP_LANGUAGE_SERVER_FAULT'] || undefined;
const broken = new WeakSet<DocumentAnalyzer>();
function injectFault(analyzer: DocumentAnalyzer, text: string): void {
  if (FAULT !== undefined && text.includes(FAULT)) broken.add(analyzer);
  if (broken.has(analyzer)) throw new Error('simulated failure');
}

/** The one diagnostic of a document that could not be checked (in both languages: settings may be what failed). */
function checkFailed(error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: 'scherp',
    code: 'check-failed',
    message: `Scherp kon dit document niet controleren; de volgende wijziging probeert het opnieuw. / Scherp could not check this document; the next edit tries again. (${reason})`,
  };
}

const CONFIG_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

/**
 * Wires the Scherp language features onto a connection (not yet listening). Handlers never throw: errors
 * are logged to the connection console and the request gets an empty answer.
 */
export function createServer(connection: Connection): ScherpServer {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const settingsCache = new Map<string, Promise<ScherpSettings>>();
  const shownNotices = new Map<string, NoticeSubject>();
  let trusted = false;
  let baseSettings = defaultSettings();
  let pushedSettings: unknown = undefined;
  let keys = DEFAULT_SETTING_KEYS;
  let canPullConfiguration = false;
  let canShowDocument = false;
  let moreActionsMenu = false;
  let canRegisterConfiguration = false;
  let canRegisterWatchers = false;
  const configFiles = new ConfigFileResolver(() => trusted);
  const diagnosticTails = new DiagnosticTailCache();

  const logError = (where: string, error: unknown) =>
    connection.console.error(`Scherp (${where}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  /**
   * Shows each configuration problem once, not on every keystroke. A problem is shown again only after what
   * it is about changed: a settings problem after a settings change, a config-file problem after a config
   * file (or the trust) changed — so changing one setting does not repeat every config-file warning.
   */
  const notice = (text: string, about: NoticeSubject) => {
    if (shownNotices.has(text)) return;
    shownNotices.set(text, about);
    connection.console.warn(text);
    connection.window.showWarningMessage(text);
  };
  const forgetNotices = (about: NoticeSubject | 'all') => {
    for (const [text, subject] of shownNotices) if (about === 'all' || subject === about) shownNotices.delete(text);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as ScherpInitializationOptions;
    trusted = options.trusted === true;
    moreActionsMenu = options.moreActionsMenu === true;
    const debounce = typeof options.debounceMs === 'number' && options.debounceMs >= 0 ? options.debounceMs : undefined;
    baseSettings = defaultSettings(debounce);
    // A client without `workspace/configuration` (or whose settings leave the locale out) can still choose
    // the language of messages, hovers and quick-fix titles when it starts the server.
    if (options.locale === 'nl' || options.locale === 'en') baseSettings.locale = options.locale;
    pushedSettings = options.settings;
    keys = settingKeys(options.settingKeys);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [OPEN_RULE_DOCS_COMMAND] },
      },
      serverInfo: { name: 'scherp-language-server' },
    };
  });

  connection.onInitialized(() => {
    // Clients without dynamic registration send these notifications on their own terms (or not at all).
    if (canRegisterConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'scherp' }).catch((e) => logError('register', e));
    }
    if (canRegisterWatchers) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] })
        .catch((e) => logError('register', e));
    }
  });

  // -------------------------------------------------------------------------------------------------------
  // Settings and configuration
  // -------------------------------------------------------------------------------------------------------

  function settingsFor(uri: string): Promise<ScherpSettings> {
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = (async () => {
        let raw: unknown = pushedSettings;
        if (canPullConfiguration) {
          try {
            raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'scherp' });
          } catch (error) {
            logError('workspace/configuration', error);
          }
        }
        const { settings, problems } = normalizeSettings(raw, baseSettings, keys);
        for (const problem of problems) notice(problem, 'settings');
        return settings;
      })();
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  async function lintConfigFor(uri: string, settings: ScherpSettings) {
    const filePath = uriToPath(uri);
    const found = filePath ? await configFiles.lookup(filePath) : { config: {}, file: null };
    if ('untrustedFile' in found && found.untrustedFile) notice(t(settings.locale, 'untrustedConfig', { file: found.untrustedFile }), 'config');
    if ('error' in found && found.error) notice(t(settings.locale, 'configError', { reason: found.error }), 'config');
    const { config, error } = validatedConfig(mergeConfig(found.config, settings));
    // Settings and file together: the rule severities of either can be what the linter rejects.
    if (error) notice(t(settings.locale, 'configError', { reason: found.file ? `${found.file}: ${error}` : error }), 'settings');
    return config;
  }

  // -------------------------------------------------------------------------------------------------------
  // Analysis and publishing
  // -------------------------------------------------------------------------------------------------------

  function stateOf(uri: string): DocumentState {
    let state = states.get(uri);
    if (!state) {
      state = { analyzer: new DocumentAnalyzer(), encoder: new DiagnosticsEncoder(diagnosticTails), latest: null, generation: 0, timer: undefined };
      states.set(uri, state);
    }
    return state;
  }

  /**
   * Analyses the document's CURRENT text. Everything after the awaits is synchronous, so the analysis
   * always belongs to the version it is stored under. Reuses the last analysis when nothing changed.
   */
  async function analysisFor(uri: string): Promise<{ version: number; analysis: Analysis; settings: ScherpSettings } | null> {
    const settings = await settingsFor(uri);
    const document = documents.get(uri);
    if (!document || !isChecked(document, settings)) return null;
    const config = await lintConfigFor(uri, settings);
    const current = documents.get(uri);
    const state = states.get(uri);
    if (!current || !state) return null;
    const key = configKey(config);
    if (state.latest && state.latest.version === current.version && state.latest.configKey === key) {
      return { version: current.version, analysis: state.latest.analysis, settings };
    }
    let analysis: Analysis;
    try {
      if (FAULT !== undefined) injectFault(state.analyzer, current.getText());
      analysis = state.analyzer.analyze(current.getText(), parseOptionsFor(current), config);
    } catch (error) {
      // A failure may leave the incremental session half-updated: the next edit starts a fresh one.
      state.analyzer = new DocumentAnalyzer();
      state.latest = null;
      throw error;
    }
    state.latest = { version: current.version, configKey: key, analysis };
    return { version: current.version, analysis, settings };
  }

  /** Checks a document and publishes its diagnostics, unless a newer edit or re-check superseded this one. */
  async function check(uri: string, generation: number): Promise<void> {
    try {
      const settings = await settingsFor(uri);
      const document = documents.get(uri);
      const state = states.get(uri);
      if (!document || !state || state.generation !== generation) return;
      if (!isChecked(document, settings)) {
        state.latest = null;
        publish(uri, document.version, NO_MESSAGES);
        return;
      }
      const fresh = await analysisFor(uri);
      const after = states.get(uri);
      if (!fresh || !after || after.generation !== generation) return;
      // The writer's view: one finding per incomplete advice (CI tools keep one per rule).
      publish(uri, fresh.version, writerFindings(fresh.analysis, fresh.settings.locale));
    } catch (error) {
      logError(`checking ${uri}`, error);
      // Not silent: the writer sees that this version was not checked (the next edit tries again).
      const document = documents.get(uri);
      if (document) void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [checkFailed(error)] });
    }
  }

  function publish(uri: string, version: number, messages: readonly LintMessage[]): void {
    const encoder = states.get(uri)?.encoder ?? new DiagnosticsEncoder(diagnosticTails);
    void connection.sendDiagnostics(new DiagnosticsPayload(uri, version, messages, encoder));
    const params: AdviceChangedParams = { uri, version };
    void connection.sendNotification(ADVICE_CHANGED_NOTIFICATION, params);
  }

  /** Starts a new generation: any check in flight or pending for an older one will not publish. */
  function newGeneration(state: DocumentState): number {
    state.timer?.cancel();
    state.timer = undefined;
    return ++state.generation;
  }

  function checkAfter(uri: string, state: DocumentState, generation: number, delay: number): void {
    const run = () => {
      state.timer = undefined;
      void check(uri, generation);
    };
    // setTimeout(…, 0) waits at least a millisecond; with no debounce, check as soon as pending I/O is handled.
    if (delay <= 0) {
      const immediate = setImmediate(run);
      state.timer = { cancel: () => clearImmediate(immediate) };
    } else {
      const timeout = setTimeout(run, delay);
      state.timer = { cancel: () => clearTimeout(timeout) };
    }
  }

  function schedule(uri: string, delay: number): void {
    const state = stateOf(uri);
    checkAfter(uri, state, newGeneration(state), delay);
  }

  function recheckAll(): void {
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  documents.onDidChangeContent((event: TextDocumentChangeEvent<TextDocument>) => {
    const uri = event.document.uri;
    if (!states.has(uri)) {
      // Just opened: check at once, no need to wait for typing to pause.
      schedule(uri, 0);
      return;
    }
    const state = stateOf(uri);
    const generation = newGeneration(state);
    void settingsFor(uri).then((settings) => {
      if (state.generation !== generation || settings.run !== 'onType') return;
      checkAfter(uri, state, generation, settings.debounceMs);
    });
  });

  documents.onDidSave((event) => {
    void settingsFor(event.document.uri).then((settings) => {
      if (settings.run === 'onSave') schedule(event.document.uri, 0);
    });
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const state = states.get(uri);
    state?.timer?.cancel();
    states.delete(uri);
    settingsCache.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((params) => {
    if (!canPullConfiguration) {
      const pushed = (params.settings as { scherp?: unknown } | null)?.scherp;
      if (pushed !== undefined) pushedSettings = pushed;
    }
    settingsCache.clear();
    forgetNotices('settings');
    recheckAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const names = new Set<string>(CONFIG_FILE_NAMES);
    if (!params.changes.some((c) => names.has(c.uri.slice(c.uri.lastIndexOf('/') + 1)))) return;
    configFiles.invalidate();
    forgetNotices('all');
    recheckAll();
  });

  connection.onNotification(TRUST_CHANGED_NOTIFICATION, (params: TrustChangedParams) => {
    const next = params?.trusted === true;
    if (next === trusted) return;
    trusted = next;
    configFiles.invalidate();
    forgetNotices('config');
    recheckAll();
  });

  // -------------------------------------------------------------------------------------------------------
  // Requests
  // -------------------------------------------------------------------------------------------------------

  connection.onHover(async (params) => {
    try {
      const fresh = await analysisFor(params.textDocument.uri);
      if (!fresh) return null;
      return hoverAt(fresh.analysis, params.position.line, params.position.character, fresh.settings.locale);
    } catch (error) {
      logError('hover', error);
      return null;
    }
  });

  connection.onCodeAction(async (params) => {
    try {
      const fresh = await analysisFor(params.textDocument.uri);
      if (!fresh) return [];
      return codeActions({
        uri: params.textDocument.uri,
        analysis: fresh.analysis,
        range: params.range,
        diagnostics: params.context.diagnostics,
        ...(params.context.only ? { only: params.context.only } : {}),
        locale: fresh.settings.locale,
        moreActionsMenu,
      });
    } catch (error) {
      logError('code actions', error);
      return [];
    }
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== OPEN_RULE_DOCS_COMMAND) return null;
    const url = params.arguments?.[0];
    // Only web pages: a command argument must never make the editor open arbitrary local files.
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
      connection.console.warn(`Scherp: ${OPEN_RULE_DOCS_COMMAND} expects an http(s) URL`);
      return null;
    }
    if (!canShowDocument) {
      connection.console.info(`Scherp: rule documentation: ${url}`);
      return null;
    }
    try {
      await connection.window.showDocument({ uri: url, external: true });
    } catch (error) {
      logError(OPEN_RULE_DOCS_COMMAND, error);
    }
    return null;
  });

  connection.onRequest(ADVICE_REQUEST, async (params: AdviceParams): Promise<AdviceResult> => {
    try {
      const fresh = typeof params?.uri === 'string' ? await analysisFor(params.uri) : null;
      if (!fresh) return { advice: [], score: { concrete: 0, total: 0 }, version: null };
      // One numbered recommendation is one advice, however many sentences (the writer's count).
      const advice = writerAdvice(fresh.analysis).map(({ records, ...record }) => ({ ...record, sentences: records.length }));
      return {
        advice,
        score: { concrete: advice.filter((a) => !a.vague).length, total: advice.length },
        version: fresh.version,
      };
    } catch (error) {
      logError(ADVICE_REQUEST, error);
      return { advice: [], score: { concrete: 0, total: 0 }, version: null };
    }
  });

  documents.listen(
    withoutStaleChanges(connection, documents, (uri, version, current) =>
      connection.console.warn(`Scherp: change to ${uri} with version ${version} ignored (the document is at version ${current})`),
    ),
  );
  return { connection, documents };
}

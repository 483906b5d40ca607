/**
 * The Scherp-specific part of the protocol, shared with clients (the VS Code extension imports these names).
 * Plain strings and types only, so a client can import them without pulling in the server.
 */
import type { AdviceRecord } from '@scherp/linter';

/** Request `scherp/advice`: the advice found in an open document, for a tree view or status bar. */
export const ADVICE_REQUEST = 'scherp/advice';

export interface AdviceParams {
  uri: string;
}

export interface AdviceScore {
  /** Advice records that are not vague. */
  concrete: number;
  total: number;
}

/** One advice as a writer counts it: a numbered recommendation or list item is one, however many sentences. */
export interface WriterAdviceRecord extends AdviceRecord {
  /** Criteria that only a placeholder ("[wie?]") stands for: nog invullen (false in `criteria`). */
  open: Array<'owner' | 'deadline' | 'measurable' | 'problem' | 'funding' | 'exit'>;
  /** Advice sentences it consists of. */
  sentences: number;
}

export interface AdviceResult {
  /** Positions are 1-based lines and columns (UTF-16), as in the CLI's JSON output. */
  advice: WriterAdviceRecord[];
  score: AdviceScore;
  /** Document version the advice belongs to; null when the document is not open or not checked. */
  version: number | null;
}

/** Notification `scherp/adviceChanged` (server → client), sent after diagnostics for a version are published. */
export const ADVICE_CHANGED_NOTIFICATION = 'scherp/adviceChanged';

export interface AdviceChangedParams {
  uri: string;
  version: number | null;
}

/** Notification `scherp/trustChanged` (client → server): the workspace was trusted or untrusted. */
export const TRUST_CHANGED_NOTIFICATION = 'scherp/trustChanged';

export interface TrustChangedParams {
  trusted: boolean;
}

/** Command handled by the server (via `window/showDocument`): open a rule's documentation. Argument: the URL. */
export const OPEN_RULE_DOCS_COMMAND = 'scherp.openRuleDocs';

/**
 * Client-side command (the VS Code extension registers it): shows a menu of `{ title, items: MoreActionItem[] }`
 * ("turn off" and "docs" for a finding) and applies the chosen item's edit or opens its URL. Offered only to
 * clients that set `moreActionsMenu` in their initialization options.
 */
export const MORE_ACTIONS_COMMAND = 'scherp.moreActions';

/** Code action kind of "fix all safe Scherp findings" (on save via `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.scherp';

/** Options a client may pass in `initialize`. Everything is optional. */
export interface ScherpInitializationOptions {
  /** Workspace Trust: JavaScript config files are loaded only when true. Default false. */
  trusted?: boolean;
  /** Debounce for checks while typing, in ms (0 allowed). Overridden by the `scherp.debounceMs` setting. */
  debounceMs?: number;
  /** Language of messages, hovers and quick-fix titles unless the `scherp.locale` setting says otherwise. Default "nl". */
  locale?: 'nl' | 'en';
  /** The client handles {@link MORE_ACTIONS_COMMAND}: "turn off" and "docs" go into one menu row. Default false. */
  moreActionsMenu?: boolean;
  /**
   * The client's key under `scherp` for each setting, where it differs from the setting's name (e.g.
   * `{ "enable": "aan" }`): settings are read by these keys and a problem names them. Default: the names.
   */
  settingKeys?: Partial<Record<'enable' | 'run' | 'locale' | 'debounceMs' | 'rules' | 'plainText', string>>;
  /** Settings to use when the client does not support `workspace/configuration`. */
  settings?: Record<string, unknown>;
}

/**
 * @deprecated Diagnostics no longer carry `data` (it was ≈ 20 % of every publish and no client used it): code
 * actions are computed from a fresh analysis, matched by rule (`code`) and range.
 */
export interface DiagnosticData {
  messageId: string;
  criterion: string;
  fixes: number;
  safeFix: boolean;
}

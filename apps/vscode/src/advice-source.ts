import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AdviceRecord } from './advice-items.js';
import { ADVICE_CHANGED_NOTIFICATION, ADVICE_REQUEST, type AdviceChangedParams, type AdviceResult } from './protocol.js';
import type { Score } from './status-text.js';

export interface DocumentAdvice {
  uri: vscode.Uri;
  advice: AdviceRecord[];
  score: Score;
}

/**
 * The advice of the document in the active text editor, kept fresh from the server: asked for when the active
 * editor changes and again whenever the server says it re-checked that document. While a webview or panel has
 * focus (no active text editor), the last document stays shown as long as it is open.
 */
export class AdviceSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DocumentAdvice | undefined>();
  readonly onDidChange = this.changed.event;
  private current: DocumentAdvice | undefined;
  private client: LanguageClient | undefined;
  private clientSubscription: vscode.Disposable | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Drops answers that arrive after a newer request for another document. */
  private generation = 0;

  /** The document shown; not necessarily the active editor's (see above). */
  private shown: vscode.TextDocument | undefined;

  constructor(private readonly isChecked: (document: vscode.TextDocument) => boolean) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.shown) void this.refresh();
      }),
    );
  }

  get value(): DocumentAdvice | undefined {
    return this.current;
  }

  setClient(client: LanguageClient | undefined): void {
    this.clientSubscription?.dispose();
    this.client = client;
    this.clientSubscription = client?.onNotification(ADVICE_CHANGED_NOTIFICATION, (params: AdviceChangedParams) => {
      if (params.uri === this.shown?.uri.toString()) void this.refresh();
    });
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document ?? (this.shown?.isClosed ? undefined : this.shown);
    this.shown = document;
    const client = this.client;
    if (!document || !client?.isRunning() || !this.isChecked(document)) {
      this.publish(undefined);
      return;
    }
    try {
      const result = await client.sendRequest<AdviceResult>(ADVICE_REQUEST, { uri: document.uri.toString() });
      if (generation !== this.generation) return;
      this.publish({ uri: document.uri, advice: result.advice, score: result.score });
    } catch {
      // The server stopped or restarted mid-request; the next notification or editor switch asks again.
      if (generation === this.generation) this.publish(undefined);
    }
  }

  private publish(value: DocumentAdvice | undefined): void {
    this.current = value;
    this.changed.fire(value);
  }

  dispose(): void {
    this.clientSubscription?.dispose();
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

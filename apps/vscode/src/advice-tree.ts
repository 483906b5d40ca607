import * as vscode from 'vscode';
import { adviceItems, type AdviceItem, type CriterionRow, type ZeroBasedRange } from './advice-items.js';
import type { AdviceSource } from './advice-source.js';
import type { Locale } from './i18n.js';

export const ADVICE_VIEW_ID = 'scherp.advice';
export const REVEAL_COMMAND = 'scherp.revealAdvice';

type Node = { kind: 'advice'; item: AdviceItem; uri: vscode.Uri } | { kind: 'criterion'; row: CriterionRow; parent: AdviceItem; uri: vscode.Uri };

function toRange(range: ZeroBasedRange): vscode.Range {
  return new vscode.Range(range.startLine, range.startCharacter, range.endLine, range.endCharacter);
}

/** The "Adviezen" view: one node per advice in the active document, with ✓/✗ per criterion below it. */
export class AdviceTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly source: AdviceSource,
    private readonly locale: () => Locale,
  ) {
    this.subscription = source.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: Node): Node[] {
    const current = this.source.value;
    if (!current) return [];
    if (!node) return adviceItems(current.advice, this.locale()).map((item) => ({ kind: 'advice', item, uri: current.uri }));
    if (node.kind === 'advice') return node.item.criteria.map((row) => ({ kind: 'criterion', row, parent: node.item, uri: node.uri }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const target = node.kind === 'advice' ? node.item : node.parent;
    const reveal: vscode.Command = { command: REVEAL_COMMAND, title: '', arguments: [node.uri, target.range] };
    // Stable ids keep an advice expanded while the tree refreshes on every re-check.
    const id = `${node.uri.toString()}#${target.range.startLine}:${target.range.startCharacter}`;
    if (node.kind === 'criterion') {
      const treeItem = new vscode.TreeItem(node.row.label, vscode.TreeItemCollapsibleState.None);
      treeItem.id = `${id}/${node.row.criterion}`;
      treeItem.command = reveal;
      return treeItem;
    }
    const treeItem = new vscode.TreeItem(node.item.label, vscode.TreeItemCollapsibleState.Collapsed);
    treeItem.id = id;
    treeItem.description = node.item.description;
    treeItem.tooltip = node.item.tooltip;
    treeItem.iconPath = new vscode.ThemeIcon(node.item.vague ? 'warning' : 'pass');
    treeItem.command = reveal;
    return treeItem;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export async function revealAdvice(uri: vscode.Uri, range: ZeroBasedRange): Promise<void> {
  const selection = toRange(range);
  const editor = await vscode.window.showTextDocument(uri, { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

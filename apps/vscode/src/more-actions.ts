import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The server's "turn off or explain" menu (`scherp.moreActions`): rows with an edit to apply or a page to open. */
export interface MoreActionsArgument {
  title: string;
  items: Array<{ label: string; detail?: string; edit?: unknown; url?: string }>;
}

/**
 * Shows the menu behind the quick fix "Uitzetten of uitleg…", so the quick-fix list holds only the fixes and one
 * row for the rest. LSP has no submenus; this command is the extension's side of one (see the server's
 * `MORE_ACTIONS_COMMAND`).
 */
export async function showMoreActions(client: LanguageClient | undefined, argument: unknown): Promise<void> {
  const menu = argument as MoreActionsArgument | undefined;
  if (!client || !menu || !Array.isArray(menu.items)) return;
  const picked = await vscode.window.showQuickPick(
    menu.items.map((item) => ({ label: item.label, ...(item.detail ? { detail: item.detail } : {}), item })),
    { placeHolder: menu.title },
  );
  if (!picked) return;
  const { edit, url } = picked.item;
  if (edit) {
    await vscode.workspace.applyEdit((await client.protocol2CodeConverter.asWorkspaceEdit(edit as never))!);
  } else if (typeof url === 'string' && /^https?:\/\//.test(url)) {
    await vscode.env.openExternal(vscode.Uri.parse(url));
  }
}

import * as vscode from 'vscode';

/**
 * The walkthrough's first step: a new, unsaved Markdown note with vague and concrete advice to try Scherp on.
 * Our own sentences; nothing is written to disk.
 */
export const EXAMPLE_NOTE = `# Notitie wachttijden loket

## Aanbevelingen

1. Er moet meer aandacht komen voor de wachttijd bij het loket.
2. We moeten de komende jaren inzetten op innovatie met slimme planningssoftware.
3. De gemeente Utrecht halveert vóór 1 juli 2027 de gemiddelde wachttijd aan de balie, omdat inwoners nu vaak langer dan een uur wachten. Het college betaalt dit uit het budget dienstverlening (€ 120.000).
`;

export async function openExampleNote(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: EXAMPLE_NOTE });
  await vscode.window.showTextDocument(document);
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseOptions } from '@scherp/parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ScherpSettings } from './settings.js';

/** The file system path of a `file:` URI; null for other schemes (untitled, virtual files). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** Whether Scherp checks a document: Markdown always, plain text only with `scherp.plainText`. */
export function isChecked(document: TextDocument, settings: ScherpSettings): boolean {
  if (!settings.enable) return false;
  return document.languageId !== 'plaintext' || settings.plainText;
}

/** How to parse an open document: the editor's language decides the format, not the file name. */
export function parseOptionsFor(document: TextDocument): ParseOptions {
  const filePath = uriToPath(document.uri);
  const format = document.languageId === 'markdown' ? 'markdown' : document.languageId === 'plaintext' ? 'text' : 'auto';
  if (filePath) return { filePath, format };
  const name = path.posix.basename(document.uri.replace(/[?#].*$/, '')) || 'untitled';
  return { id: decodeURIComponent(name), format };
}

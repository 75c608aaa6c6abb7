// YAML files whose first line is `variant: ...` are Butane configs under another extension
// (`.yaml`, `.yml`). VS Code's `firstLine` rule only applies to files whose extension no
// language claims, so these are switched to the butane language when they open.
import * as vscode from 'vscode';
import { BUTANE_LANGUAGE } from './language-client';

const BUTANE_FIRST_LINE = /^variant:[ \t]*\S/;

export function looksLikeButane(document: vscode.TextDocument): boolean {
  return document.languageId === 'yaml' && document.lineCount > 0 && BUTANE_FIRST_LINE.test(document.lineAt(0).text);
}

async function switchIfButane(document: vscode.TextDocument): Promise<void> {
  if (looksLikeButane(document)) await vscode.languages.setTextDocumentLanguage(document, BUTANE_LANGUAGE);
}

export function registerYamlDetection(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void switchIfButane(d)));
  for (const d of vscode.workspace.textDocuments) void switchIfButane(d);
}

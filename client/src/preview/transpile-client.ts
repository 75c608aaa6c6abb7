// Asks the language server for a document's transpiled output (butane/transpile).
import * as vscode from 'vscode';
import type { TranspileParams, TranspileResult } from '../../../server/src/lsp/protocol';
import type { ButaneLanguageClient } from '../language-client';

export const TRANSPILE_METHOD = 'butane/transpile';

export function rawSetting(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('butane', uri).get<boolean>('preview.raw', false);
}

/** The server's answer for `uri`, or undefined when the server is not running or the document is not open there. */
export async function requestTranspile(
  client: ButaneLanguageClient,
  uri: vscode.Uri,
  includeMap: boolean,
): Promise<TranspileResult | undefined> {
  await client.start();
  const lc = client.running;
  if (!lc) return undefined;
  const params: TranspileParams = { textDocument: { uri: lc.code2ProtocolConverter.asUri(uri) }, raw: rawSetting(uri), includeMap };
  const result = await lc.sendRequest<TranspileResult | null>(TRANSPILE_METHOD, params);
  return result ?? undefined;
}

export const isButaneDocument = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => d?.languageId === 'butane';

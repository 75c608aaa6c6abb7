// Shared helpers of the API-level suites: scratch configs outside the fixtures, the CLI as the
// oracle for bytes, the extension's test API, and message stubs for the modal questions.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ButaneExtensionApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'butane-tools.butane-tools';
export const PREVIEW_SCHEME = 'butane-preview';

/** A fresh Butane file in its own temporary folder, so edits never touch the fixtures. */
export function scratchConfig(text: string, name = 'config.bu'): vscode.Uri {
  const dir = mkdtempSync(join(tmpdir(), 'butane-e2e-'));
  writeFileSync(join(dir, name), text);
  return vscode.Uri.file(join(dir, name));
}

/** What the bundled CLI (dist/cli.js, the same core as the reference) prints for a file on disk. */
export function runCli(args: readonly string[], file: string): { stdout: string; stderr: string; status: number | null } {
  const cli = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [cli, ...args, file], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

export async function extensionApi(): Promise<ButaneExtensionApi> {
  const extension = vscode.extensions.getExtension<ButaneExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

/** The visible preview editor of `source` (any preview when no source is given). */
export const previewEditorOf = (source?: vscode.Uri): vscode.TextEditor | undefined =>
  vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === PREVIEW_SCHEME && (!source || e.document.uri.query === source.toString()));

export interface MessageCall {
  message: string;
  modal: boolean;
  items: string[];
}

/**
 * Replaces `vscode.window.show<kind>Message` with one that records the call and answers
 * `answer` (undefined is what a dismissed or cancelled dialog returns). The test suite is
 * loaded from the extension's own folder, so the extension host hands it the same API object
 * as the extension: the stub sees the extension's calls. Restore it in a `finally`.
 */
export function stubMessages(kind: 'Warning' | 'Information' | 'Error', answer: (call: MessageCall) => string | undefined): { calls: MessageCall[]; restore(): void } {
  const name = `show${kind}Message` as const;
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = window[name];
  const calls: MessageCall[] = [];
  const stub = async (message: string, ...rest: unknown[]) => {
    const options = rest[0] !== null && typeof rest[0] === 'object' && !('title' in (rest[0] as object)) ? (rest.shift() as vscode.MessageOptions) : undefined;
    const call = { message, modal: options?.modal === true, items: rest.map((i) => (typeof i === 'string' ? i : (i as vscode.MessageItem).title)) };
    calls.push(call);
    return answer(call);
  };
  window[name] = stub;
  assert.equal(window[name], stub, `vscode.window.${name} can be replaced in this extension host`);
  return { calls, restore: () => { window[name] = original; } };
}

/**
 * Asks run-api.mjs to click an element of the workbench page (Playwright), for the few steps
 * that no extension API can take, such as granting workspace trust. Fire and forget: the test
 * then waits for the effect. `text` is a regular expression source matched against the element's text.
 */
export function clickInWorkbench(selector: string, text: string): void {
  console.log(`[e2e-ui] click ${JSON.stringify({ selector, text })}`);
}

// Owns the connection to the bundled Butane language server (dist/server.js, over Node IPC).
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import type { ButaneInitializationOptions } from '../../server/src/lsp/protocol';

/** The client id is also the settings prefix: vscode-languageclient reads `butane.trace.server`. */
export const CLIENT_ID = 'butane';
export const BUTANE_LANGUAGE = 'butane';
export const IGNITION_LANGUAGE = 'ignition';
/** Languages whose documents go to the server (Ignition files get the Ignition validation). */
export const SERVED_LANGUAGES: readonly string[] = [BUTANE_LANGUAGE, IGNITION_LANGUAGE];

export class ButaneLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  get running(): LanguageClient | undefined {
    return this.client;
  }

  /** Starts the server once; later calls wait for the same start. */
  start(): Promise<void> {
    this.starting ??= this.startNew().catch((err: unknown) => {
      this.starting = undefined;
      const message = err instanceof Error ? err.message : String(err);
      this.output.error(`Butane language server failed to start: ${message}`);
      void vscode.window.showErrorMessage(`Butane language server failed to start: ${message}`, 'Show Output').then(
        (choice) => choice && this.output.show(true),
      );
    });
    return this.starting;
  }

  /** Stops and starts again, so that the server gets fresh initialization options. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (client) {
      try {
        await client.stop();
      } catch (err) {
        this.output.info(`Stopping the language server: ${String(err)}`);
      }
    }
  }

  dispose(): void {
    void this.stop();
  }

  private async startNew(): Promise<void> {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6009'] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: SERVED_LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      outputChannel: this.output,
      traceOutputChannel: this.output,
      // Sends didChangeConfiguration when anything under `butane` changes; the server then
      // pulls the per-document values through workspace/configuration.
      synchronize: { configurationSection: CLIENT_ID },
      // Read at every (re)start, so a restart after a trust grant carries the new value.
      initializationOptions: (): ButaneInitializationOptions => ({ trusted: vscode.workspace.isTrusted }),
    };
    const client = new LanguageClient(CLIENT_ID, 'Butane Language Server', serverOptions, clientOptions);
    this.client = client;
    await client.start();
    this.output.info(`Butane language server started (workspace trusted: ${vscode.workspace.isTrusted}).`);
  }
}

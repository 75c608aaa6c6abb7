// The Butane language server: lifecycle, document sync, pushed diagnostics, butane/transpile.
import {
  Connection,
  Diagnostic,
  InitializeParams,
  InitializeResult,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
} from 'vscode-languageserver';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_VERSION } from './server-info';
import { AnalysisCache, AnalysisInputs } from './analysis';
import { DocumentStore } from './documents';
import { SettingsStore } from './settings';
import { IncrementalDiagnostics } from './incremental-diagnostics';
import { ignitionDiagnostics, isIgnitionDocument } from './ignition-diagnostics';
import { guarded, guardedNotification } from './safe';
import { ButaneInitializationOptions, TranspileParams, TranspileRequest, TranspileResult } from './protocol';
import { PreviewSnapshot, answerOf } from './transpile-request';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { documentFiles } from '../node/document-files';
import { FeatureDocuments, completionAt, hoverAt, COMPLETION_TRIGGER_CHARACTERS } from './editor-features';

/** File events come in bursts (a checkout, a build): wait for the burst to pass. */
const FILE_CHANGE_DELAY_MS = 200;

/** Wires every handler onto `connection` and starts listening. */
export function startServer(connection: Connection): void {
  const log = (message: string) => {
    try {
      connection.console.error(message);
    } catch {
      // The connection itself is gone; nothing left to tell.
    }
  };
  const info = (message: string) => {
    try {
      connection.console.info(message);
    } catch {
      // As above.
    }
  };
  const documents = new DocumentStore(log);
  const cache = new AnalysisCache(log);
  const features = new FeatureDocuments();
  // Full runs go through the shared cache, so the preview reuses the run that opened the document.
  const incremental = new IncrementalDiagnostics(log, (doc, inputs) => cache.get(doc, inputs));
  const settings = new SettingsStore(connection, log);
  let trusted = false;
  let canWatchFiles = false;

  const inputsFor = async (uri: string): Promise<AnalysisInputs> => {
    const s = await settings.forDocument(uri);
    const files = documentFiles(uri, s.filesDir, trusted);
    const filesDirIgnored = !trusted && s.filesDir !== '' ? s.filesDir : undefined;
    return { filesDir: files.filesDir, host: files.host, strict: s.strict, filesDirIgnored, key: `${files.key}\u0000${s.strict}\u0000${filesDirIgnored ?? ''}` };
  };

  /**
   * The preview of the document's current version (spliced by the incremental path after an edit
   * inside one list entry, else from the shared full run), or undefined if it changed or closed meanwhile.
   */
  const previewOf = async (uri: string, withMap: boolean): Promise<{ preview: PreviewSnapshot; inputs: AnalysisInputs } | undefined> => {
    // Settings may take a round trip to the client; if the text changed meanwhile, go again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = documents.get(uri);
      if (!doc) return undefined;
      const version = doc.version;
      const inputs = await inputsFor(uri);
      const now = documents.get(uri);
      if (now && now.version === version) return { preview: incremental.previewFor(now, inputs, withMap), inputs };
    }
    return undefined;
  };

  const scheduler = new DiagnosticsScheduler(log, async (uri) => {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const inputs = await inputsFor(uri);
    // Only the newest version is published; a newer change has its own run queued.
    const now = documents.get(uri);
    if (!now || now.version !== version) return;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = isIgnitionDocument(now) ? ignitionDiagnostics(now, inputs.strict) : incremental.diagnosticsFor(now, inputs);
    } catch (err) {
      log(`diagnostics failed for ${uri}: ${String(err)}`);
      diagnostics = [];
    }
    await connection.sendDiagnostics({ uri, version, diagnostics });
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params?.initializationOptions ?? {}) as ButaneInitializationOptions;
    trusted = options.trusted === true;
    settings.canPull = params?.capabilities?.workspace?.configuration === true;
    canWatchFiles = params?.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
        hoverProvider: true,
      },
      serverInfo: { name: 'butane-language-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(
    guardedNotification('initialized', log, () => {
      info(`butane-language-server ${SERVER_VERSION}: workspace ${trusted ? 'trusted: local files are read' : 'not trusted: local files are not read'}`);
      // In a trusted workspace, `local`/`trees` files feed the analyses: ask to hear when files change.
      if (trusted && canWatchFiles) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch(() => undefined);
      }
      if (!settings.canPull) return;
      // Ask to be told about settings changes; clients without dynamic registration push them anyway.
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'butane' }).catch(() => undefined);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardedNotification('didChangeWatchedFiles', log, () => {
      // Only analyses that read files can be stale; the others stay cached.
      for (const doc of documents.all()) {
        if (cache.peek(doc.uri, doc.version)?.readsFiles || incremental.readsFiles(doc.uri)) {
          cache.delete(doc.uri);
          incremental.delete(doc.uri);
          scheduler.schedule(doc.uri, FILE_CHANGE_DELAY_MS);
        }
      }
    }),
  );

  connection.onDidOpenTextDocument(
    guardedNotification('didOpen', log, (params) => {
      const doc = documents.open(params);
      if (doc) {
        settings.forget(doc.uri);
        scheduler.schedule(doc.uri, 0);
        if (!isIgnitionDocument(doc)) features.warmUpFor(doc);
      }
    }),
  );

  connection.onDidChangeTextDocument(
    guardedNotification('didChange', log, (params) => {
      const doc = documents.change(params);
      if (doc) scheduler.schedule(doc.uri);
    }),
  );

  connection.onDidCloseTextDocument(
    guardedNotification('didClose', log, (params) => {
      const uri = documents.close(params);
      if (uri === undefined) return;
      scheduler.forget(uri);
      cache.delete(uri);
      incremental.close(uri);
      features.delete(uri);
      settings.forget(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  connection.onDidChangeConfiguration(
    guardedNotification('didChangeConfiguration', log, (params) => {
      settings.changed(params?.settings);
      cache.clear();
      incremental.clear();
      for (const doc of documents.all()) scheduler.schedule(doc.uri, 0);
    }),
  );

  connection.onCompletion(
    guarded('completion', log, [], (params) => {
      const doc = documents.get(params?.textDocument?.uri);
      return doc && params.position && !isIgnitionDocument(doc) ? completionAt(features, doc, params) : [];
    }),
  );

  connection.onHover(
    guarded('hover', log, null, (params) => {
      const doc = documents.get(params?.textDocument?.uri);
      return doc && params.position && !isIgnitionDocument(doc) ? hoverAt(features, doc, params) : null;
    }),
  );

  connection.onRequest(
    TranspileRequest.method,
    guarded<TranspileParams, TranspileResult | null, null>(TranspileRequest.method, log, null, async (params, token) => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return null;
      // An Ignition file is already the output format: there is nothing to transpile.
      const doc = documents.get(uri);
      if (doc && isIgnitionDocument(doc)) return null;
      const found = await previewOf(uri, params.includeMap === true);
      // A cancelled request is answered as such by `guarded`; skip the work.
      if (token.isCancellationRequested) return null;
      return found ? answerOf(found.preview, params, found.inputs) : null;
    }),
  );

  connection.listen();
}

/** Command-line entry: `butane-language-server --stdio | --node-ipc | --socket=PORT`. */
export function main(argv: string[]): void {
  if (argv.includes('--version') || argv.includes('-V')) {
    process.stdout.write(`butane-language-server ${SERVER_VERSION}\n`);
    return;
  }
  const transports = ['--stdio', '--node-ipc', '--pipe', '--socket', '--clientProcessId'];
  if (argv.includes('--help') || argv.includes('-h') || !argv.some((a) => transports.some((t) => a.startsWith(t)))) {
    process.stderr.write(
      'usage: butane-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n' +
        'Language server for Butane configs (diagnostics as the butane CLI reports them, butane/transpile).\n',
    );
    process.exitCode = argv.includes('--help') || argv.includes('-h') ? 0 : 2;
    return;
  }
  // A stray exception must not take the editor's server down; it is logged on stderr (never stdout, the protocol channel).
  process.on('uncaughtException', (err) => process.stderr.write(`butane-language-server: uncaught ${err?.stack ?? err}\n`));
  process.on('unhandledRejection', (err) => process.stderr.write(`butane-language-server: unhandled rejection ${String(err)}\n`));
  startServer(createConnection(ProposedFeatures.all));
}

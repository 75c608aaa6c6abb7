// The `butane` settings section, read per document through workspace/configuration when the
// client supports it, otherwise taken from didChangeConfiguration pushes (or the defaults).
import { Connection } from 'vscode-languageserver';
import { ButaneSettings, DEFAULT_SETTINGS } from './protocol';
import { Logger } from './analysis';

/** Accepts whatever a client sends and keeps only well-typed values. */
export function normalizeSettings(raw: unknown): ButaneSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    filesDir: typeof r.filesDir === 'string' ? r.filesDir : DEFAULT_SETTINGS.filesDir,
    strict: typeof r.strict === 'boolean' ? r.strict : DEFAULT_SETTINGS.strict,
  };
}

/** A client that never answers workspace/configuration must not stall diagnostics forever. */
export const CONFIGURATION_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export class SettingsStore {
  private pulled = new Map<string, Promise<ButaneSettings>>();
  private pushed: ButaneSettings = DEFAULT_SETTINGS;
  canPull = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
  ) {}

  /** Settings for one document; cached until the client says they changed. */
  forDocument(uri: string): Promise<ButaneSettings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let p = this.pulled.get(uri);
    if (!p) {
      p = withTimeout(this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'butane' }), CONFIGURATION_TIMEOUT_MS).then(
        (raw) => normalizeSettings(raw),
        (err) => {
          this.log(`workspace/configuration failed: ${String(err)}; using defaults`);
          return this.pushed;
        },
      );
      this.pulled.set(uri, p);
    }
    return p;
  }

  /** didChangeConfiguration: forget pulled values; keep pushed ones for clients that cannot be asked. */
  changed(pushedSettings: unknown): void {
    this.pulled.clear();
    const section = (pushedSettings as { butane?: unknown } | null)?.butane;
    if (section !== undefined) this.pushed = normalizeSettings(section);
  }

  forget(uri: string): void {
    this.pulled.delete(uri);
  }
}

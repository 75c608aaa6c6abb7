// A small LSP client over stdio for protocol tests: spawns the built server, frames JSON-RPC,
// answers the server's requests (workspace/configuration, client/registerCapability) and lets
// tests wait for notifications by polling what has arrived.
import { spawn, spawnSync, ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO = resolve(__dirname, '..', '..');
export const SERVER_JS = join(REPO, 'dist', 'server.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Builds dist/ (node esbuild.mjs) when dist/server.js is missing or older than server/src.
 * A lock directory keeps parallel test files from building at the same time.
 */
export async function ensureServerBuilt(): Promise<void> {
  const lock = join(REPO, 'dist', '.build-lock');
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 600) throw new Error(`could not take ${lock}`);
      await sleep(100);
    }
  }
  try {
    const stale = !existsSync(SERVER_JS) || statSync(SERVER_JS).mtimeMs < newestMtime(join(REPO, 'server', 'src'));
    if (stale) {
      const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
    }
  } finally {
    rmdirSync(lock);
  }
}

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface ClientOptions {
  initializationOptions?: unknown;
  /** Answer to workspace/configuration for section `butane`; undefined = client without configuration support. */
  settings?: Record<string, unknown>;
  /** Extra `workspace` client capabilities announced at initialize. */
  workspaceCapabilities?: Record<string, unknown>;
  /** When set, workspace/configuration is answered only after this promise settles. */
  configurationGate?: Promise<void>;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly notifications: Message[] = [];
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: { method: string; registerOptions?: any }[] = [];
  stderr = '';
  private buffer: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (m: Message) => void }>();
  exitCode: number | null | undefined;

  constructor(readonly options: ClientOptions = {}) {
    this.proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.proc.on('exit', (code) => {
      this.exitCode = code;
      for (const p of this.pending.values()) p.resolve({ jsonrpc: '2.0', error: { code: -1, message: `server exited (${code})` } });
      this.pending.clear();
    });
  }

  /** Chunks received since the last complete message: joined only once a whole message is there, so a
   * large answer arriving in many chunks is copied once, not once per chunk. */
  private chunks: Buffer[] = [];
  private received = 0;
  /** Bytes the message being received needs in all (header + body), once its header has been read. */
  private needed = 0;

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.received += chunk.length;
    if (this.needed > 0 && this.received < this.needed) return;
    this.buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.received);
    this.chunks = [];
    this.received = 0;
    this.needed = 0;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) break;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: *(\d+)/i.exec(header);
      if (!m) throw new Error(`bad header from server: ${header}`);
      const length = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + length) {
        this.needed = headerEnd + 4 + length;
        break;
      }
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body) as Message);
    }
    if (this.buffer.length > 0) {
      this.chunks.push(this.buffer);
      this.received = this.buffer.length;
    }
    this.buffer = Buffer.alloc(0);
  }

  private onMessage(msg: Message): void {
    if (msg.method !== undefined && msg.id !== undefined && msg.id !== null) {
      this.answerServerRequest(msg);
    } else if (msg.method !== undefined) {
      this.notifications.push(msg);
    } else if (typeof msg.id === 'number') {
      this.pending.get(msg.id)?.resolve(msg);
      this.pending.delete(msg.id);
    }
  }

  private answerServerRequest(msg: Message): void {
    if (msg.method === 'workspace/configuration' && this.options.configurationGate) {
      const gate = this.options.configurationGate;
      this.options.configurationGate = undefined;
      void gate.then(() => this.answerServerRequest(msg));
      return;
    }
    let result: unknown = null;
    if (msg.method === 'client/registerCapability') this.registrations.push(...(msg.params?.registrations ?? []));
    if (msg.method === 'workspace/configuration') {
      result = (msg.params?.items ?? []).map((item: { section?: string }) => (item.section === 'butane' ? this.options.settings ?? {} : null));
    }
    this.write({ jsonrpc: '2.0', id: msg.id, result });
  }

  write(msg: Message | Record<string, unknown>): void {
    this.writeRaw(JSON.stringify(msg));
  }

  writeRaw(body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    this.proc.stdin.write(`Content-Length: ${bytes.length}\r\n\r\n`);
    this.proc.stdin.write(bytes);
  }

  /** Id the next request will get (to cancel it). */
  get upcomingId(): number {
    return this.nextId;
  }

  request(method: string, params: unknown, timeoutMs = 10000): Promise<Message> {
    const id = this.nextId++;
    return new Promise<Message>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (m) => {
          clearTimeout(timer);
          resolvePromise(m);
        },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  async initialize(): Promise<Message> {
    const workspace = { ...(this.options.settings !== undefined ? { configuration: true } : {}), ...this.options.workspaceCapabilities };
    const capabilities = { workspace };
    const answer = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions: this.options.initializationOptions,
    });
    this.notify('initialized', {});
    return answer;
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'butane', version, text } });
  }

  /** Polls the received notifications until `pick` finds one (or the time runs out). */
  async waitFor<T>(pick: (notifications: Message[]) => T | undefined, what: string, timeoutMs = 10000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = pick(this.notifications);
      if (found !== undefined) return found;
      if (this.exitCode !== undefined) throw new Error(`server exited (${this.exitCode}) while waiting for ${what}; stderr: ${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr}`);
      await sleep(10);
    }
  }

  /** The diagnostics published for `uri` at exactly `version`. */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitFor(
      (ns) => {
        for (let i = ns.length - 1; i >= 0; i--) {
          const p = ns[i].params as PublishedDiagnostics;
          if (ns[i].method === 'textDocument/publishDiagnostics' && p.uri === uri && p.version === version) return p.diagnostics;
        }
        return undefined;
      },
      `diagnostics for ${uri}@${version}`,
    );
  }

  async shutdown(): Promise<number | null> {
    if (this.exitCode === undefined) {
      await this.request('shutdown', null).catch(() => undefined);
      this.notify('exit', null);
      const deadline = Date.now() + 5000;
      while (this.exitCode === undefined && Date.now() < deadline) await sleep(10);
      if (this.exitCode === undefined) this.proc.kill();
    }
    return this.exitCode ?? null;
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

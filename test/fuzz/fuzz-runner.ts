// Drives fuzz inputs through the CLI core (in a worker thread, with a per-input time bound) and
// through a live language server over stdio (open, random edits, completion and hover, each
// request answered within a bound). Collects failures, the slowest answer and peak memory.
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { makeInput, FuzzInput, inputRng, Rng } from './fuzz-inputs';
import type { CliJob, CliJobResult } from './cli-worker';
import { LspClient, ensureServerBuilt } from '../lsp/lsp-client';

export interface Failure {
  id: string;
  mode: 'cli' | 'server';
  kind: 'crash' | 'hang' | 'internal-error' | 'stack-trace' | 'bad-status' | 'server-died' | 'request-error';
  detail: string;
  origin?: string;
  /** Smallest input found that still fails the same way (CLI only). */
  minimized?: string;
}

export interface RunStats {
  inputs: number;
  failures: Failure[];
  slowestMs: number;
  slowestId: string;
  peakRssMiB: number;
  elapsedMs: number;
}

/** What counts as a crash in CLI output: a leak of JavaScript internals into what the user sees. */
export function classifyCliResult(r: CliJobResult): Failure['kind'] | undefined {
  if (r.thrown !== undefined) return 'crash';
  if (/internal error/i.test(r.stderr)) return 'internal-error';
  if (/\n\s+at .*(\.ts|\.js|<anonymous>|node:)/.test(r.stderr) || /\b(TypeError|RangeError|ReferenceError|SyntaxError): /.test(r.stderr)) return 'stack-trace';
  if (![0, 1].includes(r.status)) return 'bad-status';
  return undefined;
}

// Worker threads do not inherit tsx's loader; a CommonJS bootstrap registers it, then loads the worker.
const WORKER_BOOTSTRAP = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(path.join(__dirname, 'cli-worker.ts'))});`;

/** One worker at a time; replaced when an input overruns its time bound. */
export class CliSandbox {
  private worker: Worker | undefined;
  constructor(private readonly timeoutMs: number) {}

  private spawn(): Worker {
    const w = new Worker(WORKER_BOOTSTRAP, { eval: true, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    w.unref();
    return w;
  }

  run(job: CliJob): Promise<CliJobResult | 'hang' | { died: string }> {
    const w = (this.worker ??= this.spawn());
    return new Promise((resolve) => {
      const done = (value: CliJobResult | 'hang' | { died: string }) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        resolve(value);
      };
      const onMessage = (r: CliJobResult) => done(r);
      const onError = (err: Error) => {
        this.worker = undefined;
        done({ died: err.stack ?? String(err) });
      };
      const onExit = (code: number) => {
        this.worker = undefined;
        done({ died: `worker exited with ${code}` });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void w.terminate();
        done('hang');
      }, this.timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

async function judge(sandbox: CliSandbox, input: { bytes: Uint8Array; args: string[]; cwd: string }): Promise<{ kind?: Failure['kind']; detail: string; ms: number; rss: number }> {
  const r = await sandbox.run({ bytes: input.bytes, args: input.args, cwd: input.cwd });
  if (r === 'hang') return { kind: 'hang', detail: 'no answer within the time bound', ms: Infinity, rss: 0 };
  if ('died' in r) return { kind: 'crash', detail: r.died, ms: 0, rss: 0 };
  const kind = classifyCliResult(r);
  return { kind, detail: kind ? (r.thrown ?? r.stderr).slice(0, 1500) : '', ms: r.ms, rss: r.rssMiB };
}

/** Shrinks a failing input (line chunks, then byte chunks) while it keeps failing the same way. */
async function minimize(sandbox: CliSandbox, input: FuzzInput, kind: Failure['kind'], budgetMs = 60000): Promise<string> {
  const deadline = Date.now() + budgetMs;
  let current = Buffer.from(input.bytes);
  const stillFails = async (candidate: Buffer) => (await judge(sandbox, { ...input, bytes: candidate })).kind === kind;
  for (const unit of ['line', 'byte'] as const) {
    let pieces = unit === 'line' ? current.toString('latin1').split(/(?<=\n)/) : [...current.toString('latin1')];
    for (let chunk = Math.max(1, pieces.length >> 1); chunk >= 1 && Date.now() < deadline; chunk >>= 1) {
      for (let i = 0; i < pieces.length && Date.now() < deadline; ) {
        const candidate = Buffer.from([...pieces.slice(0, i), ...pieces.slice(i + chunk)].join(''), 'latin1');
        if (await stillFails(candidate)) {
          pieces = [...pieces.slice(0, i), ...pieces.slice(i + chunk)];
          current = candidate;
        } else i += chunk;
      }
    }
  }
  return current.toString('latin1');
}

export interface CliRunOptions {
  seed: number;
  count: number;
  start?: number;
  timeoutMs?: number;
  minimize?: boolean;
  onProgress?: (done: number, stats: RunStats) => void;
  only?: number[];
}

export async function runCliFuzz(opts: CliRunOptions): Promise<RunStats> {
  const sandbox = new CliSandbox(opts.timeoutMs ?? 10000);
  const stats: RunStats = { inputs: 0, failures: [], slowestMs: 0, slowestId: '', peakRssMiB: 0, elapsedMs: 0 };
  const started = Date.now();
  const indexes = opts.only ?? Array.from({ length: opts.count }, (_, i) => (opts.start ?? 0) + i);
  try {
    for (const index of indexes) {
      const input = makeInput(opts.seed, index);
      const verdict = await judge(sandbox, input);
      stats.inputs++;
      if (verdict.ms > stats.slowestMs && Number.isFinite(verdict.ms)) {
        stats.slowestMs = verdict.ms;
        stats.slowestId = input.id;
      }
      stats.peakRssMiB = Math.max(stats.peakRssMiB, verdict.rss, process.memoryUsage().rss / 2 ** 20);
      if (verdict.kind) {
        const failure: Failure = { id: input.id, mode: 'cli', kind: verdict.kind, detail: verdict.detail, origin: input.origin };
        if (opts.minimize) failure.minimized = await minimize(sandbox, input, verdict.kind);
        stats.failures.push(failure);
      }
      opts.onProgress?.(stats.inputs, stats);
    }
  } finally {
    await sandbox.close();
  }
  stats.elapsedMs = Date.now() - started;
  return stats;
}

// ---- live server ----

function positionAt(text: string, rng: Rng): { line: number; character: number } {
  const ls = text.split('\n');
  // Mostly valid positions, sometimes past the end or negative-free but out of range.
  const line = rng.chance(0.9) ? rng.int(ls.length) : ls.length + rng.int(5);
  const character = rng.chance(0.9) ? rng.int((ls[line]?.length ?? 0) + 1) : 500 + rng.int(500);
  return { line, character };
}

function offsetOf(text: string, pos: { line: number; character: number }): number {
  const ls = text.split('\n');
  if (pos.line >= ls.length) return text.length;
  let off = 0;
  for (let i = 0; i < pos.line; i++) off += ls[i].length + 1;
  return off + Math.min(pos.character, ls[pos.line].length);
}

export interface ServerRunOptions {
  seed: number;
  count: number;
  start?: number;
  /** Edit + completion + hover rounds per document. */
  rounds?: number;
  requestTimeoutMs?: number;
  onProgress?: (done: number, stats: RunStats) => void;
}

/** Reads the server's RSS from /proc (Linux); 0 elsewhere. */
function childRssMiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export async function runServerFuzz(opts: ServerRunOptions): Promise<RunStats> {
  await ensureServerBuilt();
  const stats: RunStats = { inputs: 0, failures: [], slowestMs: 0, slowestId: '', peakRssMiB: 0, elapsedMs: 0 };
  const started = Date.now();
  const timeout = opts.requestTimeoutMs ?? 10000;
  let client = new LspClient();
  await client.initialize();
  const restart = async () => {
    client.proc.kill();
    client = new LspClient();
    await client.initialize();
  };
  try {
    for (let n = 0; n < opts.count; n++) {
      const index = (opts.start ?? 0) + n;
      const input = makeInput(opts.seed, index);
      const rng = inputRng(opts.seed ^ 0x5eed, index);
      const uri = `file:///fuzz/doc-${index}.bu`;
      let text = Buffer.from(input.bytes).toString('utf8');
      let version = 1;
      const fail = (kind: Failure['kind'], detail: string) => stats.failures.push({ id: input.id, mode: 'server', kind, detail: detail.slice(0, 1500), origin: input.origin });
      try {
        client.open(uri, text, version);
        for (let round = 0; round < (opts.rounds ?? 3); round++) {
          // A random edit: replace a random range with a fragment of another fuzz input.
          const a = positionAt(text, rng);
          const b = rng.chance(0.7) ? a : positionAt(text, rng);
          const [start, end] = offsetOf(text, a) <= offsetOf(text, b) ? [a, b] : [b, a];
          const insert = Buffer.from(makeInput(opts.seed, index + 1_000_003 * (round + 1)).bytes).toString('utf8').slice(0, rng.int(80));
          const s = offsetOf(text, start);
          const e = offsetOf(text, end);
          text = text.slice(0, s) + insert + text.slice(e);
          version++;
          client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start, end }, text: insert }] });
          for (const method of ['textDocument/completion', 'textDocument/hover']) {
            const pos = positionAt(text, rng);
            const t0 = performance.now();
            const answer = await client.request(method, { textDocument: { uri }, position: pos }, timeout).catch((err: Error) => {
              fail('hang', `${method} at ${JSON.stringify(pos)}: ${err.message}`);
              return undefined;
            });
            const ms = performance.now() - t0;
            if (ms > stats.slowestMs && answer) {
              stats.slowestMs = ms;
              stats.slowestId = `${input.id} ${method}`;
            }
            if (answer?.error) fail(client.exitCode !== undefined ? 'server-died' : 'request-error', `${method} at ${JSON.stringify(pos)}: ${answer.error.message}`);
          }
        }
        const t0 = performance.now();
        const preview = await client.request('butane/transpile', { textDocument: { uri } }, timeout).catch((err: Error) => {
          fail('hang', `butane/transpile: ${err.message}`);
          return undefined;
        });
        const ms = performance.now() - t0;
        if (ms > stats.slowestMs && preview) {
          stats.slowestMs = ms;
          stats.slowestId = `${input.id} butane/transpile`;
        }
        if (preview?.error) fail('request-error', `butane/transpile: ${preview.error.message}`);
        client.notify('textDocument/didClose', { textDocument: { uri } });
      } catch (err) {
        fail('crash', (err as Error).stack ?? String(err));
      }
      if (/\n\s+at .*(\.js|node:)/.test(client.stderr)) {
        fail('stack-trace', client.stderr);
        client.stderr = '';
      }
      stats.inputs++;
      if (n % 20 === 0) stats.peakRssMiB = Math.max(stats.peakRssMiB, childRssMiB(client.proc.pid));
      if (client.exitCode !== undefined) {
        fail('server-died', `exit ${client.exitCode}; stderr: ${client.stderr}`);
        await restart();
      }
      opts.onProgress?.(stats.inputs, stats);
    }
    stats.peakRssMiB = Math.max(stats.peakRssMiB, childRssMiB(client.proc.pid));
  } finally {
    await client.shutdown();
  }
  stats.elapsedMs = Date.now() - started;
  return stats;
}

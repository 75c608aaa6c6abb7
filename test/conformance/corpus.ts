// Runs butane-ts (in process, same code path as the binary) over the shared conformance corpus
// and computes the same four parity metrics as the corpus's check.py.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as os from 'node:os';
import { parse as parseYamlText } from 'yaml';
import { runCli } from '../../server/src/cli/main';

export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/conformance');

export interface CaseInfo {
  id: string;
  category: string;
  variant: string | null;
  version: string | null;
  args: string[];
  dir: string;
}

export interface CaseOutcome {
  id: string;
  status: boolean;
  bytes: boolean;
  semantic: boolean;
  diagnostics: boolean;
  /** stderr byte-identical (informational in check.py; required here). */
  stderr: boolean;
  /** Human-readable first difference, for failures. */
  detail: string;
}

export function corpusAvailable(): boolean {
  return fs.existsSync(path.join(CORPUS_DIR, 'index.json'));
}

export function loadCases(): CaseInfo[] {
  const index = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'index.json'), 'utf8'));
  return index.cases.map((c: CaseInfo) => ({ ...c, dir: path.join(CORPUS_DIR, 'cases', c.id) }));
}

interface Run {
  stdout: string;
  stderr: string;
  status: number;
}

function runInProcess(args: string[], cwd: string): Run {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => new Uint8Array(),
  });
  return { stdout, stderr, status };
}

const DIAG_LINE = /^(error|warning|info) at /;

function diagnosticLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => DIAG_LINE.test(l))
    .sort();
}

/** Replaces every data: URL in a `source` field by its decoded payload and drops gzip markers. */
function decodeDataUrls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeDataUrls);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const gz = obj.compression === 'gzip';
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'compression' && typeof v === 'string' && (v === 'gzip' || v === '')) continue;
    if (k === 'source' && typeof v === 'string' && v.startsWith('data:')) {
      out[k] = decodeDataUrl(v, gz);
    } else out[k] = decodeDataUrls(v);
  }
  return out;
}

function decodeDataUrl(url: string, gzipped: boolean): string {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  let bytes = meta.endsWith(';base64') ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponentBytes(data));
  if (gzipped) {
    try {
      bytes = zlib.gunzipSync(bytes);
    } catch {
      return 'BAD-GZIP:' + bytes.toString('base64');
    }
  }
  return 'BYTES:' + bytes.toString('base64');
}

function decodeURIComponentBytes(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(...Buffer.from(s[i], 'utf8'));
  }
  return Uint8Array.from(out);
}

function parseOutput(text: string): unknown {
  const t = text.trim();
  if (t === '') return null;
  try {
    return JSON.parse(t);
  } catch {
    try {
      return parseYamlText(t);
    } catch {
      return { unparsable: t };
    }
  }
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function firstDiff(label: string, expected: string, actual: string): string {
  if (expected === actual) return '';
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `${label} line ${i + 1}:\n  expected: ${JSON.stringify(e[i] ?? '<end>')}\n  actual:   ${JSON.stringify(a[i] ?? '<end>')}`;
  }
  return `${label} differs`;
}

/**
 * The shared copy of the corpus lost its symbolic links: each link under `files/` became a regular
 * file holding the link's target text (the corpus README says links are part of the cases). For a
 * case whose recorded output lists `storage.links`, a file whose text equals a listed target and
 * whose path matches that link's path is turned back into a symlink, in a scratch copy of the case.
 * Cases that failed in the reference record no output; lost-symlinks.json names their links.
 * Returns the directory to run the case in (the case itself when nothing needs restoring).
 */
const LOST_SYMLINKS: Record<string, string[]> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, 'lost-symlinks.json'), 'utf8'),
).cases;

const restoredDirs = new Set<string>();

export function restoredCaseDir(c: CaseInfo): string {
  const filesDir = path.join(c.dir, 'files');
  if (!fs.existsSync(filesDir)) return c.dir;
  const links = recordedLinks(parseOutput(fs.readFileSync(path.join(c.dir, 'expected.pretty.json'), 'utf8')));
  const toRestore = new Map<string, string>(); // relative file path -> link target
  for (const rel of LOST_SYMLINKS[c.id] ?? []) toRestore.set(rel, fs.readFileSync(path.join(filesDir, rel), 'latin1'));
  for (const rel of listFiles(filesDir)) {
    const text = fs.readFileSync(path.join(filesDir, rel), 'latin1');
    const parts = rel.split('/');
    for (const link of links) {
      if (link.target !== text) continue;
      if (parts.some((_, k) => link.path.endsWith('/' + parts.slice(k).join('/')))) toRestore.set(rel, link.target);
    }
  }
  if (toRestore.size === 0) return c.dir;
  // One scratch copy per process and case, made once: test files run in parallel processes,
  // and a copy shared between them could be deleted under another's feet.
  const scratch = path.join(os.tmpdir(), `butane-conformance-restored-${process.pid}`, c.id);
  if (restoredDirs.has(c.id)) return scratch;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(scratch), { recursive: true });
  fs.cpSync(c.dir, scratch, { recursive: true });
  for (const [rel, target] of toRestore) {
    const p = path.join(scratch, 'files', rel);
    fs.chmodSync(path.dirname(p), 0o755);
    fs.rmSync(p, { force: true });
    fs.symlinkSync(target, p);
  }
  restoredDirs.add(c.id);
  if (restoredDirs.size === 1) process.once('exit', () => fs.rmSync(path.dirname(scratch), { recursive: true, force: true }));
  return scratch;
}

function recordedLinks(output: unknown): { path: string; target: string }[] {
  const found: { path: string; target: string }[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.storage && typeof o.storage === 'object' && Array.isArray((o.storage as Record<string, unknown>).links)) {
        for (const l of (o.storage as { links: { path?: unknown; target?: unknown }[] }).links) {
          if (typeof l.path === 'string' && typeof l.target === 'string') found.push({ path: l.path, target: l.target });
        }
      }
      Object.values(o).forEach(visit);
    }
  };
  visit(output);
  return found;
}

function listFiles(root: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const ent of fs.readdirSync(path.join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${ent.name}` : ent.name;
    if (ent.isDirectory()) out.push(...listFiles(root, rel));
    else if (ent.isFile()) out.push(rel);
  }
  return out;
}

export function runCase(c: CaseInfo): CaseOutcome {
  const read = (f: string) => fs.readFileSync(path.join(c.dir, f), 'utf8');
  const expPretty = read('expected.pretty.json');
  const expCompact = read('expected.compact.json');
  const expStderr = read('expected.stderr.txt');
  const expStatus = Number(read('expected.status').trim());

  const dir = restoredCaseDir(c);
  const pretty = runInProcess(['--pretty', '--raw-errors', ...c.args, 'input.bu'], dir);
  const compact = runInProcess(['--raw-errors', ...c.args, 'input.bu'], dir);

  const status = pretty.status === expStatus && compact.status === expStatus;
  const bytes = pretty.stdout === expPretty && compact.stdout === expCompact;
  const semantic =
    canonical(decodeDataUrls(parseOutput(pretty.stdout))) === canonical(decodeDataUrls(parseOutput(expPretty))) &&
    canonical(decodeDataUrls(parseOutput(compact.stdout))) === canonical(decodeDataUrls(parseOutput(expCompact)));
  const diagnostics = canonical(diagnosticLines(pretty.stderr)) === canonical(diagnosticLines(expStderr));
  // Beyond check.py's metrics: the whole of stderr (order and the final fatal line) must match too.
  const stderr = pretty.stderr === expStderr;

  const details: string[] = [];
  if (!status) details.push(`status: expected ${expStatus}, got ${pretty.status}/${compact.status}`);
  if (!diagnostics || !status || !stderr) details.push(firstDiff('stderr', expStderr, pretty.stderr));
  if (!bytes) details.push(firstDiff('stdout(pretty)', expPretty, pretty.stdout) || firstDiff('stdout(compact)', expCompact, compact.stdout));
  return { id: c.id, status, bytes, semantic, diagnostics, stderr, detail: details.filter(Boolean).join('\n') };
}

export function passed(o: CaseOutcome): boolean {
  return o.status && o.bytes && o.semantic && o.diagnostics && o.stderr;
}

export const KNOWN_FAILURES_FILE = path.resolve(__dirname, 'known-failures.json');

/** Case id -> reason it still fails. Only ever shrinks. */
export function loadKnownFailures(): Record<string, string> {
  return JSON.parse(fs.readFileSync(KNOWN_FAILURES_FILE, 'utf8'));
}

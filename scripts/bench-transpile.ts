// Engine benchmark: npm run bench:transpile -- [--runs N] [--sizes large,xlarge] [--cli-runs N] [--no-cli] [--reference PATH]
// Generates the shared benchmark documents into a temporary folder, then prints per size the median
// and p95 of an in-process transpile (pretty), once as a language server re-checking the same text
// (gzip memo warm) and once with the memo cleared before each run (every file compressed again), the
// median CPU time of the cleared runs (steadier than wall time on a shared machine), a per-stage
// breakdown measured through the exported stage functions, and the wall and CPU time of the built CLI
// (`node dist/cli.js --pretty`); with --reference, the same for a reference `butane` binary, run
// alternately with ours so both see the same machine load. Numbers only; nothing is asserted (the
// budgets live in issue 3's note).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { transpile } from '../server/src/core/pipeline';
import { parseYaml, unmarshal, findUnusedKeys } from '../server/src/core/yaml';
import { HEADER_TYPE, canonicalSemver } from '../server/src/core/header';
import { lookupVersion } from '../server/src/core/spec';
import { translateConfig } from '../server/src/core/transpile';
import { clearGzipMemo, marshalGoConfigJson } from '../server/src/core/encoding';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '15'));
const cliRuns = Number(option('--cli-runs', '5'));
const sizes = option('--sizes', 'small,medium,large,xlarge').split(',');
const withCli = !args.includes('--no-cli');
const reference = option('--reference', '');
const benchDir = resolve(option('--bench-dir', process.env.BUTANE_BENCH_DIR ?? join(repo, '..', 'shared', 'bench')));

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}
const ms = (v: number): string => (v < 10 ? v.toFixed(2) : v.toFixed(1)).padStart(7);

/** Median and p95 (ms) of `runs` timed calls of `fn`, after `warm` untimed ones; `before` runs untimed ahead of each call. */
function time(fn: () => void, count: number, warm: number, before?: () => void): { median: number; p95: number; cpu: number } {
  for (let i = 0; i < warm; i++) {
    before?.();
    fn();
  }
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    before?.();
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), cpu: quantile(cpu, 0.5) };
}

/** The pipeline's stages, called one by one the way transpileParsed drives them (valid documents only). */
function stages(text: Uint8Array) {
  const parse = () => parseYaml(text);
  const parsed = parse();
  if (parsed.error) throw new Error(`bench document does not parse: ${parsed.error.message}`);
  const header = unmarshal(parsed.root, HEADER_TYPE).value as { variant: string; version: string };
  const info = lookupVersion(header.variant, canonicalSemver(header.version)!);
  if (!info) throw new Error('bench document: unknown variant/version');
  const decode = () => {
    unmarshal(parsed.root, HEADER_TYPE);
    const d = unmarshal(parsed.root, info.rootType);
    findUnusedKeys(parsed.root, info.rootType);
    return d;
  };
  const decoded = decode().value as Record<string, unknown>;
  // translateConfig may not mutate its input, but give it a fresh decode each time to be safe.
  const translate = () => translateConfig(decoded, { info, raw: false });
  const outcome = translate();
  if (outcome.final === undefined) throw new Error(`bench document does not translate: ${outcome.error}`);
  const serialize = () => marshalGoConfigJson(outcome.final, true);
  return { parse, decode, translate, serialize };
}

/**
 * Wall and CPU times (ms, each sorted) of `node dist/cli.js --pretty file`. The CPU time is the
 * child's own process.cpuUsage() (all its threads: compiler and GC helpers included), reported at
 * exit by a preloaded module on stderr: wall time is unreliable on a shared machine.
 */
function cliTimes(file: string, count: number, preload: string, referenceWall: number[] = []): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    if (reference !== '') referenceWall.push(referenceTime(file));
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--require', preload, join(repo, 'dist', 'cli.js'), '--pretty', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = performance.now() - t;
    const stderr = r.stderr.toString();
    if (r.status !== 0) throw new Error(`cli failed on ${file}: ${stderr}`);
    wall.push(elapsed);
    const m = /BENCH_CPU_MS (\d+(?:\.\d+)?)/.exec(stderr);
    if (m) cpu.push(Number(m[1]));
  }
  referenceWall.sort((a, b) => a - b);
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

/** Wall time (ms) of one `reference --pretty file` run. */
function referenceTime(file: string): number {
  const t = performance.now();
  const r = spawnSync(reference, ['--pretty', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - t;
  if (r.status !== 0) throw new Error(`${reference} failed on ${file}: ${r.stderr}`);
  return elapsed;
}

const work = mkdtempSync(join(tmpdir(), 'butane-bench-transpile-'));
try {
  const gen = spawnSync(process.execPath, [join(benchDir, 'gen-docs.mjs'), '--out', work, '--sizes', sizes.join(',')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (gen.status !== 0) throw new Error('gen-docs.mjs failed');
  const preload = join(work, 'report-cpu.cjs');
  writeFileSync(preload, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, `\\nBENCH_CPU_MS ${(u.user + u.system) / 1000}\\n`); });\n");
  if (withCli) {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repo, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }

  console.log(`runs=${runs} (in-process, after warm-up), cli-runs=${cliRuns}; times in ms`);
  console.log('                 memo warm                 |  memo cleared before each run  |  stages (memo warm), median      |  cli');
  console.log(`size     lines      med     p95  cpu med |     med     p95  cpu med |   parse  decode  transl  serial |      med     min  cpu med${reference !== '' ? ' | reference med min (wall)' : ''}`);
  for (const size of sizes) {
    const file = join(work, `${size}.bu`);
    const text = new Uint8Array(readFileSync(file));
    const lines = text.reduce((n, b) => (b === 10 ? n + 1 : n), 0);
    const warm = Math.max(2, Math.min(10, Math.round(2e6 / text.length)));
    const once = () => {
      const r = transpile(text, { pretty: true });
      if (r.output === undefined) throw new Error(`${size}: ${r.fatal}`);
    };
    const whole = time(once, runs, warm);
    const fresh = time(once, runs, 1, clearGzipMemo);
    const s = stages(text);
    const parts = [s.parse, s.decode, s.translate, s.serialize].map((fn) => time(fn, runs, warm).median);
    let cli = '';
    if (withCli) {
      cliTimes(file, 1, preload);
      const referenceWall: number[] = [];
      const { wall: w, cpu: c } = cliTimes(file, cliRuns, preload, referenceWall);
      cli = `${ms(quantile(w, 0.5))} ${ms(w[0])}  ${ms(quantile(c, 0.5))}`;
      if (reference !== '') {
        const ratio = quantile(referenceWall, 0.5) / quantile(w, 0.5);
        cli += ` | reference ${ms(quantile(referenceWall, 0.5))} ${ms(referenceWall[0])}  (${ratio.toFixed(2)}x ours)`;
      }
    }
    console.log(
      `${size.padEnd(7)} ${String(lines).padStart(6)}  ${ms(whole.median)} ${ms(whole.p95)}  ${ms(whole.cpu)} | ${ms(fresh.median)} ${ms(fresh.p95)}  ${ms(fresh.cpu)} | ${parts.map(ms).join(' ')} | ${cli}`,
    );
  }
  if (withCli) {
    const version = cliStartup(cliRuns);
    // dist/cli.js is the launcher; the CLI itself is dist/cli-main.js, started from V8's code cache when present.
    const bundle = statSync(join(repo, 'dist', 'cli-main.js')).size;
    const cache = existsSync(join(repo, 'dist', 'cli-main.cache')) ? `code cache ${(statSync(join(repo, 'dist', 'cli-main.cache')).size / 1024).toFixed(0)} KiB` : 'no code cache';
    console.log(`cli --version: median ${ms(version)} ms; dist/cli-main.js ${(bundle / 1024).toFixed(0)} KiB, ${cache}; node -e 0: ${ms(nodeBaseline(cliRuns))} ms`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function cliStartup(count: number): number {
  const out: number[] = [];
  for (let i = 0; i < count + 1; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [join(repo, 'dist', 'cli.js'), '--version'], { stdio: 'ignore' });
    if (i > 0) out.push(performance.now() - t);
  }
  return quantile(out.sort((a, b) => a - b), 0.5);
}

function nodeBaseline(count: number): number {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    out.push(performance.now() - t);
  }
  return quantile(out.sort((a, b) => a - b), 0.5);
}

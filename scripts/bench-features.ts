// Editor-feature timings: node --import tsx scripts/bench-features.ts [--sizes large,xlarge] [--runs N]
// Uses the shared benchmark documents and their completion/hover probe positions
// (../shared/bench/gen-docs.mjs). Prints, per size, the time to build the feature model of a
// document from scratch, to update it after a probe's edit (what the language server does per
// didChange), and median/p95 of completion and hover per probe with the model cached (what the
// language server does between edits). Numbers only; nothing is asserted.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { complete, createFeatureDocument, hover, warmUp } from '../server/src/core/features';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '200'));
const sizes = option('--sizes', 'small,medium,large,xlarge').split(',');
const benchDir = resolve(option('--bench-dir', process.env.BUTANE_BENCH_DIR ?? join(repo, '..', 'shared', 'bench')));

interface Probe {
  name: string;
  marker: string;
  line?: number;
  find?: string;
  offset?: number;
  col?: number | 'eol';
  insert?: string;
}

/** The probe's text (with its insertion applied) and cursor offset, as lsp-bench positions it. */
function place(text: string, probe: Probe): { text: string; offset: number; inserted?: { at: number; text: string } } {
  const lines = text.split('\n');
  const markerLine = lines.findIndex((l) => l.includes(probe.marker));
  if (markerLine < 0) throw new Error(`marker ${probe.marker} not found`);
  const lineNo = markerLine + (probe.line ?? 0);
  const line = lines[lineNo];
  let col: number;
  if (probe.col === 'eol') col = line.length;
  else if (typeof probe.col === 'number') col = probe.col;
  else col = line.indexOf(probe.find ?? probe.marker) + (probe.offset ?? 0);
  let offset = lines.slice(0, lineNo).reduce((n, l) => n + l.length + 1, 0) + col;
  if (probe.insert) {
    const indent = /^\s*/.exec(line)![0];
    const ins = probe.insert.replace('{indent}', indent);
    text = text.slice(0, offset) + ins + text.slice(offset);
    const at = offset;
    offset += ins.length;
    return { text, offset, inserted: { at, text: ins } };
  }
  return { text, offset };
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function time(fn: () => unknown, count: number): { median: number; p95: number } {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

const fmt = (v: number): string => v.toFixed(3).padStart(8);

async function main(): Promise<void> {
  const gen = await import(pathToFileURL(join(benchDir, 'gen-docs.mjs')).href);
  // The spec model documents each field on first use; a server does this once, while idle.
  const warmStart = performance.now();
  warmUp('fcos', '1.6.0');
  console.log(`spec warm-up for fcos 1.6.0 (once per process): ${fmt(performance.now() - warmStart)} ms`);
  for (const size of sizes) {
    const text: string = gen.generateDoc(size);
    const lines = text.split('\n').length;
    console.log(`\n${size} (${lines} lines)`);
    const build = time(() => createFeatureDocument(text), Math.max(5, Math.floor(runs / 10)));
    console.log(`  model build (per document version)   median ${fmt(build.median)} ms   p95 ${fmt(build.p95)} ms`);
    for (const probe of gen.COMPLETION_PROBES as Probe[]) {
      const placed = place(text, probe);
      const doc = createFeatureDocument(placed.text);
      let count = 0;
      const t = time(() => (count = complete(doc, placed.offset).length), runs);
      console.log(`  completion ${probe.name.padEnd(24)} median ${fmt(t.median)} ms   p95 ${fmt(t.p95)} ms   items ${count}`);
      // First request on a new version: the model is built, then queried once.
      const cold = time(() => complete(createFeatureDocument(placed.text), placed.offset), Math.max(5, Math.floor(runs / 10)));
      console.log(`    incl. model build (first request)   median ${fmt(cold.median)} ms   p95 ${fmt(cold.p95)} ms`);
      if (placed.inserted) {
        // The language server's way: the previous version's model updated with the typed text.
        const previous = createFeatureDocument(text);
        const edit = { start: placed.inserted.at, end: placed.inserted.at, text: placed.inserted.text };
        const warm = time(() => complete(previous.withEdits([edit], placed.text), placed.offset), runs);
        console.log(`    incl. model update from the edit    median ${fmt(warm.median)} ms   p95 ${fmt(warm.p95)} ms`);
      }
    }
    const doc = createFeatureDocument(text);
    for (const probe of gen.HOVER_PROBES as Probe[]) {
      const placed = place(text, probe);
      let chars = 0;
      const t = time(() => (chars = hover(doc, placed.offset)?.markdown.length ?? 0), runs);
      console.log(`  hover      ${probe.name.padEnd(24)} median ${fmt(t.median)} ms   p95 ${fmt(t.p95)} ms   chars ${chars}`);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

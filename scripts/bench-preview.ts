// Preview benchmark: node --import tsx scripts/bench-preview.ts [--runs N] [--sizes medium,large]
// Drives the built dist/server.js over stdio like the VS Code preview does: a one-character edit
// in the middle of the shared benchmark document (../shared/bench), then butane/transpile with and
// without the source map, timing keystroke (didChange sent) to answer received. Prints medians and
// p95 in ms, and the CPU time the server and this client spent per keystroke (means; the server's
// from /proc, in 10 ms ticks, so only its mean over many runs is meaningful; unaffected by load,
// unlike the wall times). Asserts nothing.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, ensureServerBuilt } from '../test/lsp/lsp-client';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '30'));
const sizes = option('--sizes', 'medium,large').split(',');
const benchDir = resolve(option('--bench-dir', join(__dirname, '..', '..', 'shared', 'bench')));

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
const clientCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

async function main(): Promise<void> {
  const gen = await import(pathToFileURL(join(benchDir, 'gen-docs.mjs')).href);
  await ensureServerBuilt();
  const client = new LspClient({ settings: {} });
  await client.initialize();
  console.log('size    lines   output-lines  map-entries   keystroke→preview ms (median / p95)   without map       CPU ms per keystroke, server / client (with map; without)');
  for (const size of sizes) {
    const text: string = gen.generateDoc(size);
    const uri = `file:///bench/${size}.bu`;
    client.open(uri, text);
    const first = await client.request('butane/transpile', { textDocument: { uri }, includeMap: true }, 60000);
    // The shared edit probe: one character inserted into (then deleted from) a file path near the middle.
    const lines = text.split('\n');
    const markers = lines.map((l, i) => (l.includes(gen.EDIT_PROBE.marker) ? i : -1)).filter((i) => i >= 0);
    const line = markers[Math.floor(markers.length / 2)] + gen.EDIT_PROBE.line;
    const character = lines[line].indexOf(gen.EDIT_PROBE.find) + gen.EDIT_PROBE.offset;
    const withMap: number[] = [];
    const withoutMap: number[] = [];
    const serverCpu: Record<'with' | 'without', number[]> = { with: [], without: [] };
    const clientCpu: Record<'with' | 'without', number[]> = { with: [], without: [] };
    let version = 2;
    for (let i = 0; i < runs; i++) {
      for (const includeMap of [true, false]) {
        const insert = version % 2 === 0;
        const server0 = processCpuMs(client.proc.pid);
        const client0 = clientCpuMs();
        const t0 = performance.now();
        client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character }, end: { line, character: insert ? character : character + 1 } }, text: insert ? gen.EDIT_PROBE.text : '' }],
        });
        const answer = await client.request('butane/transpile', { textDocument: { uri }, includeMap }, 60000);
        const elapsed = performance.now() - t0;
        const kind = includeMap ? 'with' : 'without';
        clientCpu[kind].push(clientCpuMs() - client0);
        serverCpu[kind].push(processCpuMs(client.proc.pid) - server0);
        if (answer.result?.output == null) throw new Error(`no output at version ${version}: ${answer.result?.fatal}`);
        (includeMap ? withMap : withoutMap).push(elapsed);
        version++;
      }
    }
    const out: string = first.result.output;
    console.log(
      `${size.padEnd(8)}${String(text.split('\n').length).padStart(6)}${String(out.split('\n').length).padStart(14)}${String(first.result.map.length).padStart(13)}` +
        `   ${quantile(withMap, 0.5).toFixed(1).padStart(8)} / ${quantile(withMap, 0.95).toFixed(1).padEnd(24)}${`${quantile(withoutMap, 0.5).toFixed(1)} / ${quantile(withoutMap, 0.95).toFixed(1)}`.padEnd(18)}` +
        `${mean(serverCpu.with).toFixed(1)} / ${mean(clientCpu.with).toFixed(1)}; ${mean(serverCpu.without).toFixed(1)} / ${mean(clientCpu.without).toFixed(1)}`,
    );
  }
  await client.shutdown();
}

void main();

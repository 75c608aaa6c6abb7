// npm run fuzz -- [--seed N] [--count N] [--server-count N] [--start N] [--timeout MS] [--replay SEED:INDEX] [--no-server] [--minimize]
// Seeded, replayable fuzzing of the CLI core (worker thread, time-bounded per input) and of a live
// language server. Exits 1 when any input crashed, leaked a stack trace or hung.
import { runCliFuzz, runServerFuzz, RunStats, Failure } from '../test/fuzz/fuzz-runner';
import { makeInput } from '../test/fuzz/fuzz-inputs';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}
const has = (name: string) => process.argv.includes(`--${name}`);

const seed = Number(flag('seed') ?? Date.now() % 100000);
const count = Number(flag('count') ?? 10000);
const serverCount = Number(flag('server-count') ?? Math.min(500, Math.ceil(count / 20)));
const start = Number(flag('start') ?? 0);
const timeoutMs = Number(flag('timeout') ?? 10000);
const replay = flag('replay');

function replayCommand(f: Failure): string {
  return `npm run fuzz -- --replay ${f.id}${f.mode === 'server' ? ' --server' : ''}`;
}

function printFailures(stats: RunStats): void {
  for (const f of stats.failures) {
    console.log(`\nFAIL ${f.mode} ${f.kind} ${f.id} (${f.origin ?? ''})\n  replay: ${replayCommand(f)}\n  ${f.detail.split('\n').slice(0, 12).join('\n  ')}`);
    if (f.minimized !== undefined) console.log(`  minimized input: ${JSON.stringify(f.minimized)}`);
  }
}

function summary(label: string, s: RunStats): string {
  return `${label}: ${s.inputs} inputs, ${s.failures.length} failures, slowest ${s.slowestMs.toFixed(1)} ms (${s.slowestId}), peak RSS ${s.peakRssMiB.toFixed(0)} MiB, ${(s.elapsedMs / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  if (replay) {
    const [rs, ri] = replay.split(':').map(Number);
    const input = makeInput(rs, ri);
    console.log(`input ${input.id} from ${input.origin}; args ${JSON.stringify(input.args)}; cwd ${input.cwd}`);
    console.log(`text: ${JSON.stringify(Buffer.from(input.bytes).toString('latin1'))}`);
    const stats = has('server')
      ? await runServerFuzz({ seed: rs, count: 1, start: ri, requestTimeoutMs: timeoutMs })
      : await runCliFuzz({ seed: rs, count: 1, only: [ri], timeoutMs, minimize: true });
    printFailures(stats);
    console.log(summary('replay', stats));
    return stats.failures.length ? 1 : 0;
  }
  console.log(`fuzz seed ${seed}: ${count} CLI inputs, ${has('no-server') ? 0 : serverCount} server documents`);
  const cli = await runCliFuzz({
    seed, count, start, timeoutMs, minimize: has('minimize'),
    onProgress: (n, s) => {
      if (n % 1000 === 0) console.log(`  cli ${n}/${count}: ${s.failures.length} failures, peak RSS ${s.peakRssMiB.toFixed(0)} MiB`);
    },
  });
  printFailures(cli);
  console.log(summary('cli', cli));
  let failures = cli.failures.length;
  if (!has('no-server')) {
    const server = await runServerFuzz({
      seed, count: serverCount, start, requestTimeoutMs: timeoutMs,
      onProgress: (n, s) => {
        if (n % 100 === 0) console.log(`  server ${n}/${serverCount}: ${s.failures.length} failures`);
      },
    });
    printFailures(server);
    console.log(summary('server', server));
    failures += server.failures.length;
  }
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);

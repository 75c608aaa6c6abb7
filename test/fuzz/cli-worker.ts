// Worker thread for the CLI fuzzer: runs one input through runCli (the same code path as the
// binary) and reports status, stderr head and time. Running in a worker lets the parent notice a
// hang and terminate it instead of waiting forever.
import { parentPort } from 'node:worker_threads';
import { runCli } from '../../server/src/cli/main';

export interface CliJob {
  bytes: Uint8Array;
  args: string[];
  cwd: string;
}

export interface CliJobResult {
  status: number;
  stderr: string;
  stdoutLength: number;
  ms: number;
  /** Set when something escaped runCli itself. */
  thrown?: string;
  rssMiB: number;
}

export function runCliJob(job: CliJob): CliJobResult {
  let stderr = '';
  let stdoutLength = 0;
  const started = performance.now();
  let status = -1;
  let thrown: string | undefined;
  try {
    status = runCli(job.args, {
      cwd: job.cwd,
      stdout: (t) => (stdoutLength += t.length),
      stderr: (t) => (stderr += t),
      readStdin: () => job.bytes,
    });
  } catch (err) {
    thrown = (err as Error)?.stack ?? String(err);
  }
  return { status, stderr: stderr.slice(0, 4000), stdoutLength, ms: performance.now() - started, thrown, rssMiB: process.memoryUsage().rss / 2 ** 20 };
}

parentPort?.on('message', (job: CliJob) => {
  parentPort!.postMessage(runCliJob(job));
});

// Entry point of `butane-ts` (bundled as dist/cli-main.js, started by dist/cli.js: see cli/launch.ts).
import * as fs from 'node:fs';
import { runCli } from './cli/main';
import { setGzipMemoEnabled } from './core/encoding';

// One transpile per process: remembering compressed payloads for a next run would only cost time.
setGzipMemoEnabled(false);

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => fs.readFileSync(0),
  stderrIsTTY: process.stderr.isTTY === true,
});

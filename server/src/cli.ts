// Entry point of `butane-ts`.
import * as fs from 'node:fs';
import { runCli } from './cli/main';

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: () => fs.readFileSync(0),
  stderrIsTTY: process.stderr.isTTY === true,
});

// Differential check against a locally built reference butane (not part of the test suite; run
// by hand, see README.md here). Each case directory holds input.bu, optionally args.json (a JSON
// list of extra CLI arguments; default ["-d","files"] when a files/ folder exists) and files/.
//
//   BUTANE_REF=/path/to/butane node --import tsx test/unit/audit/oracle/diff-against-reference.ts DIR...
//
// A DIR without input.bu is taken as a folder of case directories. QUICK=1 runs only --pretty.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../../../server/src/cli/main';

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function ours(args: string[], cwd: string): Run {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
  return { stdout, stderr, status };
}

function reference(binary: string, args: string[], cwd: string): Run {
  const r = spawnSync(binary, args, { cwd, env: { ...process.env, LC_ALL: 'C' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The reference prints unused-key warnings in Go map order: sort each contiguous run of them. */
function normalizeStderr(text: string): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    out.push(...run.sort());
    run = [];
  };
  for (const line of text.split('\n')) {
    if (/: unused key /.test(line)) run.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}

function caseDirs(roots: string[]): string[] {
  return roots.flatMap((d) => (fs.existsSync(path.join(d, 'input.bu')) ? [d] : fs.readdirSync(d).sort().map((x) => path.join(d, x))));
}

function main(): void {
  const binary = process.env.BUTANE_REF;
  if (!binary) {
    console.error('set BUTANE_REF to the reference butane binary');
    process.exit(2);
  }
  let differing = 0;
  const dirs = caseDirs(process.argv.slice(2));
  for (const dir of dirs) {
    const argsFile = path.join(dir, 'args.json');
    const extra: string[] = fs.existsSync(argsFile)
      ? JSON.parse(fs.readFileSync(argsFile, 'utf8'))
      : fs.existsSync(path.join(dir, 'files'))
        ? ['-d', 'files']
        : [];
    for (const mode of process.env.QUICK ? [['--pretty']] : [['--pretty'], []]) {
      const args = [...mode, '--raw-errors', ...extra, 'input.bu'];
      const a = ours(args, dir);
      const b = reference(binary, args, dir);
      const problems: string[] = [];
      if (a.status !== b.status) problems.push(`status: ours ${a.status}, reference ${b.status}`);
      if (a.stdout !== b.stdout) problems.push(`stdout:\n--reference--\n${b.stdout.slice(0, 3000)}\n--ours--\n${a.stdout.slice(0, 3000)}`);
      if (normalizeStderr(a.stderr) !== normalizeStderr(b.stderr)) problems.push(`stderr:\n--reference--\n${b.stderr}--ours--\n${a.stderr}`);
      if (problems.length > 0) {
        differing++;
        console.log(`### DIFF ${dir} ${mode.join(' ')}\n${problems.join('\n')}`);
        break;
      }
    }
  }
  console.log(`checked ${dirs.length}, differing ${differing}`);
}

main();

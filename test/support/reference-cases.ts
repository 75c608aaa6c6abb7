// Cases recorded from the reference butane: a config (and files for --files-dir), the arguments, and what
// the reference printed for `--pretty --raw-errors ARGS input.bu` and `--raw-errors ARGS input.bu`.
// Each case becomes one test that runs our CLI in-process the same two ways, in a fresh directory.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';

export interface Observed {
  stdout: string;
  stderr: string;
  status: number;
}

export interface ReferenceCase {
  name: string;
  /** The document as UTF-8 text, or as hex bytes (inputHex) when it is not UTF-8. */
  input?: string;
  inputHex?: string;
  /** Files under files/ (relative path -> hex bytes), for `-d files`. */
  files?: Record<string, string>;
  args: string[];
  pretty: Observed;
  compact: Observed;
}

/** Registers one test per case. */
export function testReferenceCases(cases: ReferenceCase[]): void {
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(runInFreshDir(c, ['--pretty', '--raw-errors', ...c.args, 'input.bu']), c.pretty, 'pretty run');
      assert.deepEqual(runInFreshDir(c, ['--raw-errors', ...c.args, 'input.bu']), c.compact, 'compact run');
    });
  }
}

function runInFreshDir(c: ReferenceCase, argv: string[]): Observed {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'butane-reference-case-'));
  try {
    const bytes = c.inputHex !== undefined ? Buffer.from(c.inputHex, 'hex') : Buffer.from(c.input ?? '', 'utf8');
    fs.writeFileSync(path.join(dir, 'input.bu'), bytes);
    if (c.files !== undefined) {
      // An empty tree directory exists even when no file of the case lives in it.
      fs.mkdirSync(path.join(dir, 'files', 'tree'), { recursive: true });
      for (const [name, hex] of Object.entries(c.files)) {
        fs.mkdirSync(path.dirname(path.join(dir, 'files', name)), { recursive: true });
        fs.writeFileSync(path.join(dir, 'files', name), Buffer.from(hex, 'hex'));
      }
    }
    let stdout = '';
    let stderr = '';
    const status = runCli(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
    return { stdout, stderr, status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The committed WebAssembly module (deflate-wasm.generated.ts) must be what scripts/build-wasm.mjs
// makes from server/wasm/deflate today: regenerate it into a temporary directory and compare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const committed = path.join(root, 'server/src/core/encoding/deflate-wasm.generated.ts');

test('deflate wasm: the generated module is up to date with its AssemblyScript sources', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'deflate-wasm-'));
  try {
    const out = path.join(dir, 'deflate-wasm.generated.ts');
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/build-wasm.mjs'), '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(
      readFileSync(out, 'utf8') === readFileSync(committed, 'utf8'),
      'server/src/core/encoding/deflate-wasm.generated.ts is stale: run `npm run build:wasm` and commit the result',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

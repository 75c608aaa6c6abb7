// Finding C1d: a !!binary scalar whose bytes are not valid UTF-8 stays a Go byte string.
// Expected outputs are what the reference butane v0.29.0 printed for the same documents.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import { parseYaml, unmarshal } from '../../../server/src/core/yaml';
import { encodeGoString } from '../../../server/src/core/encoding/goString';

function runOn(document: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'butane-diff-bin-'));
  fs.writeFileSync(path.join(dir, 'in.bu'), document);
  let stdout = '';
  let stderr = '';
  const status = runCli(['in.bu'], { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status, stdout, stderr };
}

test('!!binary keeps the decoded bytes, invalid UTF-8 included', () => {
  // The reference wrote `inline: !!binary true` as data:,%B6%BB%9E: the raw bytes B6 BB 9E.
  const parsed = parseYaml('name: !!binary true');
  const r = unmarshal(parsed.root, { kind: 'struct', goName: 'T', fields: [{ key: 'name', type: { kind: 'string' } }] });
  const name = (r.value as { name: string }).name;
  assert.deepEqual([...encodeGoString(name)], [0xb6, 0xbb, 0x9e]);
});

test('each invalid byte of a !!binary string prints as one \\ufffd in the JSON output', () => {
  // 5rw= is E6 BC, a truncated three-byte sequence: Go replaces each of the two bytes.
  const r = runOn('variant: fcos\nversion: 1.5.0\npasswd:\n  users:\n    - name: !!binary 5rw=\n');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '{"ignition":{"version":"3.4.0"},"passwd":{"users":[{"name":"\\ufffd\\ufffd"}]}}\n');
  const p = runOn('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: !!binary L2G2\n');
  assert.equal(p.stdout, '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/a\\ufffd"}]}}\n');
});

test('inline contents from !!binary keep their raw bytes in the data URL (reference: data:,%B6%BB%9E)', async () => {
  const { transpile } = await import('../../../server/src/core');
  const r = transpile('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n    - path: /a\n      contents:\n        inline: !!binary true\n');
  assert.equal(
    r.output,
    '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/a","contents":{"compression":"","source":"data:,%B6%BB%9E"}}]}}',
  );
});

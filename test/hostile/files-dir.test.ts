// `local`, `trees` and `ssh_authorized_keys_local` never read above the files directory through
// `..`; absolute paths are taken inside it; symlinks are followed (local) or kept as links (trees)
// exactly as the reference does. Expected messages are the reference butane v0.29.0's
// (`--raw-errors -d files`, run in the fixture's directory).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'butane-files-'));
const outsideAbs = path.join(root, 'outside', 'secret');

before(() => {
  fs.mkdirSync(path.join(root, 'files', 'sub'), { recursive: true });
  fs.mkdirSync(path.join(root, 'outside'));
  fs.writeFileSync(outsideAbs, 'secret\n');
  fs.writeFileSync(path.join(root, 'files', 'a'), 'hi\n');
  fs.writeFileSync(path.join(root, 'files', 'sub', 'b'), 'in\n');
  fs.symlinkSync('../outside/secret', path.join(root, 'files', 'link-out'));
  fs.symlinkSync('a', path.join(root, 'files', 'link-in'));
  fs.symlinkSync('../outside', path.join(root, 'files', 'dirlink'));
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

function run(body: string, args = ['-d', 'files']): { status: number; stdout: string; stderr: string } {
  fs.writeFileSync(path.join(root, 'input.bu'), `variant: fcos\nversion: 1.5.0\n${body}`);
  let stdout = '';
  let stderr = '';
  const status = runCli(['--raw-errors', ...args, 'input.bu'], { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
  return { status, stdout, stderr };
}

const file = (local: string) => `storage:\n  files:\n    - path: /x\n      contents:\n        local: ${local}\n`;
const INVALID = 'Error translating config: source config is invalid\n';
const TRAVERSES = 'local file path traverses outside the files directory';

test('local: ../ above the files directory is refused', () => {
  const r = run(file('../outside/secret'));
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `error at $.storage.files.0.contents.local, line 7 col 16: ${TRAVERSES}\n${INVALID}`);
  assert.equal(r.stdout, '');
});

test('local: sub/../../ escaping after a descent is refused', () => {
  const r = run(file('sub/../../outside/secret'));
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `error at $.storage.files.0.contents.local, line 7 col 16: ${TRAVERSES}\n${INVALID}`);
});

test('local: sub/../a staying inside is allowed', () => {
  const r = run(file('sub/../a'));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/x","contents":{"compression":"","source":"data:,hi%0A"}}]}}\n');
});

test('local: an absolute path is read inside the files directory, never from /', () => {
  const r = run(file('/etc/hostname'));
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `error at $.storage.files.0.contents.local, line 7 col 16: open files/etc/hostname: no such file or directory\n${INVALID}`);
});

test('local: an absolute path naming a real file outside is still not read', () => {
  const r = run(file(outsideAbs));
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stdout + r.stderr, /secret%0A/);
  assert.match(r.stderr, new RegExp(`open files${outsideAbs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no such file or directory`));
});

test('local: without a files directory nothing is read', () => {
  const r = run(file('a'), []);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /local file paths are relative to a files directory that must be specified with -d\/--files-dir/);
});

test('local: a directory is reported, not read', () => {
  const r = run(file('sub'));
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `error at $.storage.files.0.contents.local, line 7 col 16: read files/sub: is a directory\n${INVALID}`);
});

test('local: symlinks are followed like the reference (also when they point outside)', () => {
  assert.equal(run(file('link-in')).stdout, '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/x","contents":{"compression":"","source":"data:,hi%0A"}}]}}\n');
  assert.equal(run(file('link-out')).stdout, '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/x","contents":{"compression":"","source":"data:,secret%0A"}}]}}\n');
});

test('trees: .. is refused', () => {
  const r = run('storage:\n  trees:\n    - local: ..\n      path: /t\n');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `error at $.storage.trees.0, line 5 col 7: ${TRAVERSES}\n${INVALID}`);
});

test('trees: an absolute path is taken inside the files directory', () => {
  const r = run('storage:\n  trees:\n    - local: /etc\n      path: /t\n');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `error at $.storage.trees.0, line 5 col 7: stat files/etc: no such file or directory\n${INVALID}`);
});

test('trees: symlinks become links and are not followed', () => {
  const r = run('storage:\n  trees:\n    - local: dirlink\n      path: /t\n');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '{"ignition":{"version":"3.4.0"},"storage":{"links":[{"path":"/t","target":"../outside"}]}}\n');
  const whole = run('storage:\n  trees:\n    - local: .\n      path: /t\n');
  assert.equal(whole.status, 0, whole.stderr);
  assert.equal(
    whole.stdout,
    '{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/t/a","contents":{"compression":"","source":"data:,hi%0A"},"mode":420},{"path":"/t/sub/b","contents":{"compression":"","source":"data:,in%0A"},"mode":420}],' +
      '"links":[{"path":"/t/dirlink","target":"../outside"},{"path":"/t/link-in","target":"a"},{"path":"/t/link-out","target":"../outside/secret"}]}}\n',
  );
});

test('ssh_authorized_keys_local: .. is refused', () => {
  const r = run('passwd:\n  users:\n    - name: core\n      ssh_authorized_keys_local:\n        - ../outside/secret\n');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `error at $.passwd.users.0.ssh_authorized_keys_local.0, line 7 col 11: ${TRAVERSES}\n${INVALID}`);
});

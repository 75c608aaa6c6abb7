// The CLI's file access reports errors in Go's words, as the reference prints them
// (observed from butane v0.29.0: "open files/<name>: file name too long").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileHost } from '../../../server/src/node/file-host';
import { HostError } from '../../../server/src/core/types';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-host-'));
const host = new NodeFileHost(dir);

function errorOf(f: () => unknown): HostError {
  try {
    f();
  } catch (err) {
    assert.ok(err instanceof HostError);
    return err;
  }
  assert.fail('expected a HostError');
}

test('a missing file', () => {
  const e = errorOf(() => host.readFile('files/missing'));
  assert.equal(e.message, 'open files/missing: no such file or directory');
  assert.equal(e.code, 'ENOENT');
});

test('a name longer than the file system allows', () => {
  fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
  const long = 'files/' + 'x'.repeat(300);
  assert.equal(errorOf(() => host.readFile(long)).message, `open ${long}: file name too long`);
});

test('a directory read as a file', () => {
  fs.mkdirSync(path.join(dir, 'd'));
  assert.equal(errorOf(() => host.readFile('d')).message, 'read d: is a directory');
});

test('the editor refuses embedded files above its size limit, with a clear message', async () => {
  const { SizeLimitedFileHost, EDITOR_FILE_SIZE_LIMIT } = await import('../../../server/src/node/document-files');
  const big = path.join(dir, 'big.bin');
  fs.writeFileSync(big, '');
  fs.truncateSync(big, EDITOR_FILE_SIZE_LIMIT + 1); // sparse: no real disk use
  fs.symlinkSync('big.bin', path.join(dir, 'big-link'));
  const limited = new SizeLimitedFileHost(dir);
  for (const name of ['big.bin', 'big-link']) {
    const e = errorOf(() => limited.readFile(name));
    assert.match(e.message, new RegExp(`^open ${name}: file is ${EDITOR_FILE_SIZE_LIMIT + 1} bytes, larger than the editor's limit`));
  }
  fs.writeFileSync(path.join(dir, 'small.txt'), 'hi');
  assert.equal(Buffer.from(limited.readFile('small.txt')).toString(), 'hi');
});

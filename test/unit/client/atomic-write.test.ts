// Transpile to File's write: replaced whole through a rename, without loosening permissions or
// replacing a symlink by a regular file (client/src/preview/atomic-write.ts).
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { chmodSync, lstatSync, rmSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_NEW_FILE_MODE, outputMode, resolveWriteTarget, writeAtomically } from '../../../client/src/preview/atomic-write';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'butane-atomic-'));
  dirs.push(dir);
  return dir;
};
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const modeOf = (p: string) => statSync(p).mode & 0o7777;
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));
/** The umask of this process, read without changing it for long. */
const umask = () => {
  const m = process.umask(0o022);
  process.umask(m);
  return m;
};

test('outputMode: a replaced file keeps its permission bits, without setuid/setgid/sticky', () => {
  assert.equal(outputMode(0o100600, undefined), 0o600);
  assert.equal(outputMode(0o100640, 0o100644), 0o640, 'the existing file wins over the source');
  assert.equal(outputMode(0o104755, undefined), 0o755);
});

test('outputMode: a new file is as readable as its source, never executable; default 0644', () => {
  assert.equal(outputMode(undefined, 0o100600), 0o600);
  assert.equal(outputMode(undefined, 0o100640), 0o640);
  assert.equal(outputMode(undefined, 0o100755), 0o644);
  assert.equal(outputMode(undefined, undefined), DEFAULT_NEW_FILE_MODE);
  assert.equal(DEFAULT_NEW_FILE_MODE, 0o644);
});

test('overwriting a 0600 file: new contents, still 0600, a new inode (rename), no temporary file left', async () => {
  const dir = scratch();
  const target = join(dir, 'secret.ign');
  writeFileSync(target, 'old');
  chmodSync(target, 0o600);
  const before = statSync(target);
  assert.equal(await writeAtomically(target, '{"new":true}\n'), target);
  assert.equal(readFileSync(target, 'utf8'), '{"new":true}\n');
  assert.equal(modeOf(target), 0o600);
  assert.notEqual(statSync(target).ino, before.ino);
  assert.deepEqual(leftovers(dir), []);
});

test('overwriting keeps even modes the umask would strip (0664) and unusual ones (0400)', async () => {
  const dir = scratch();
  for (const mode of [0o664, 0o400, 0o644]) {
    const target = join(dir, `m${mode.toString(8)}.ign`);
    writeFileSync(target, 'old');
    chmodSync(target, mode);
    await writeAtomically(target, 'new');
    assert.equal(modeOf(target), mode, mode.toString(8));
    assert.equal(readFileSync(target, 'utf8'), 'new');
  }
});

test('a symlink target: the link stays, its pointee gets the bytes and keeps its mode', async () => {
  const dir = scratch();
  mkdirSync(join(dir, 'real'));
  const pointee = join(dir, 'real', 'out.ign');
  writeFileSync(pointee, 'old');
  chmodSync(pointee, 0o600);
  const link = join(dir, 'out.ign');
  symlinkSync('real/out.ign', link); // relative, as `ln -s` users often make them
  assert.equal(await writeAtomically(link, 'new'), pointee);
  assert.ok(lstatSync(link).isSymbolicLink(), 'still a link');
  assert.equal(readlinkSync(link), 'real/out.ign');
  assert.equal(readFileSync(pointee, 'utf8'), 'new');
  assert.equal(modeOf(pointee), 0o600);
  assert.deepEqual(leftovers(dir), []);
  assert.deepEqual(leftovers(join(dir, 'real')), [], 'the temporary file lived beside the pointee');
});

test('a chain of symlinks is followed to its end; a dangling link gets its pointee created', async () => {
  const dir = scratch();
  writeFileSync(join(dir, 'c.ign'), 'old');
  symlinkSync(join(dir, 'c.ign'), join(dir, 'b.ign'));
  symlinkSync('b.ign', join(dir, 'a.ign'));
  assert.equal((await resolveWriteTarget(join(dir, 'a.ign'))).path, join(dir, 'c.ign'));
  await writeAtomically(join(dir, 'a.ign'), 'new');
  assert.equal(readFileSync(join(dir, 'c.ign'), 'utf8'), 'new');
  assert.ok(lstatSync(join(dir, 'a.ign')).isSymbolicLink() && lstatSync(join(dir, 'b.ign')).isSymbolicLink());

  symlinkSync('missing.ign', join(dir, 'dangling.ign'));
  assert.equal(await writeAtomically(join(dir, 'dangling.ign'), 'created'), join(dir, 'missing.ign'));
  assert.ok(lstatSync(join(dir, 'dangling.ign')).isSymbolicLink());
  assert.equal(readFileSync(join(dir, 'missing.ign'), 'utf8'), 'created');
});

test('a symlink loop is refused with ELOOP and nothing is written', async () => {
  const dir = scratch();
  symlinkSync('y.ign', join(dir, 'x.ign'));
  symlinkSync('x.ign', join(dir, 'y.ign'));
  await assert.rejects(writeAtomically(join(dir, 'x.ign'), 'new'), { code: 'ELOOP' });
  assert.deepEqual(leftovers(dir), []);
});

test('a new file takes the read/write bits of a private source (0600), else the default, minus the umask', async () => {
  const dir = scratch();
  const privateSource = join(dir, 'private.bu');
  writeFileSync(privateSource, 'variant: fcos\n');
  chmodSync(privateSource, 0o600);
  await writeAtomically(join(dir, 'private.ign'), 'x', privateSource);
  assert.equal(modeOf(join(dir, 'private.ign')), 0o600 & ~umask());

  const publicSource = join(dir, 'public.bu');
  writeFileSync(publicSource, 'variant: fcos\n');
  chmodSync(publicSource, 0o755);
  await writeAtomically(join(dir, 'public.ign'), 'x', publicSource);
  assert.equal(modeOf(join(dir, 'public.ign')), 0o644 & ~umask());

  await writeAtomically(join(dir, 'unsaved.ign'), 'x');
  assert.equal(modeOf(join(dir, 'unsaved.ign')), DEFAULT_NEW_FILE_MODE & ~umask());
});

test('a target that is not a regular file is refused and no temporary file is left', async () => {
  const dir = scratch();
  mkdirSync(join(dir, 'out.ign'));
  await assert.rejects(writeAtomically(join(dir, 'out.ign'), 'new'), /not a regular file/);
  assert.deepEqual(leftovers(dir), []);
});

test('a failed rename removes the temporary file', async () => {
  const dir = scratch();
  // The rename fails (as across file systems) after the temporary file was written.
  const target = join(dir, 'out.ign');
  writeFileSync(target, 'old');
  const fs = await import('node:fs');
  const rename = fs.promises.rename;
  fs.promises.rename = async () => {
    throw Object.assign(new Error('simulated rename failure'), { code: 'EXDEV' });
  };
  try {
    await assert.rejects(writeAtomically(target, 'new'), /simulated rename failure/);
  } finally {
    fs.promises.rename = rename;
  }
  assert.equal(readFileSync(target, 'utf8'), 'old');
  assert.deepEqual(leftovers(dir), []);
});

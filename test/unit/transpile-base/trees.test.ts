// storage.trees: walking a directory of the files dir into files, links and directories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateBase, BaseContext } from '../../../server/src/core/transpile/base';
import { formatPath } from '../../../server/src/core/types';
import { MemoryHost } from './memory-host';
import { testEncoder } from './corpus-helpers';

/** `filesDir: null` = no -d given. */
function ctx(base: BaseContext['base'], host: MemoryHost, filesDir: string | null = 'files'): BaseContext {
  return { base, ignitionVersion: '3.x', filesDir: filesDir ?? undefined, host, dataUrlEncoder: testEncoder };
}

type Storage = { files?: Record<string, unknown>[]; links?: Record<string, unknown>[]; directories?: Record<string, unknown>[] };

test('files become files (0755 when executable), symlinks become links, walked in lexical order', () => {
  const host = new MemoryHost()
    .file('files/tree/b.txt', 'bee\n')
    .file('files/tree/a/run.sh', '#!/bin/sh\n', 0o755)
    .symlink('files/tree/a/current', 'run.sh');
  const out = translateBase({ storage: { trees: [{ local: 'tree', path: '/opt' }] } }, ctx('0.4', host));
  assert.deepEqual(out.report, []);
  const storage = out.ignition.storage as Storage;
  assert.deepEqual(
    storage.files!.map((f) => [f.path, f.mode]),
    [
      ['/opt/a/run.sh', 0o755],
      ['/opt/b.txt', 0o644],
    ],
  );
  assert.deepEqual(storage.links, [{ path: '/opt/a/current', target: 'run.sh' }]);
  assert.equal(storage.directories, undefined, 'directories only appear when an owner or dir_mode is given');
  // every generated field maps back to the tree entry
  for (const p of [['storage', 'files', 0, 'contents', 'source'], ['storage', 'files', 1, 'mode'], ['storage', 'links', 0, 'target'], ['storage', 'files']]) {
    assert.equal(formatPath(out.translations.lookup(p)!.from), '$.storage.trees.0', formatPath(p));
  }
});

test('tree contents fill a declared file without contents and keep its mode; a file with contents conflicts', () => {
  const host = new MemoryHost().file('files/t/etc/a', 'a').file('files/t/etc/b', 'b');
  const out = translateBase(
    {
      storage: {
        trees: [{ local: 't' }],
        files: [{ path: '/etc/a', mode: 0o600 }, { path: '/etc/b', contents: { inline: 'x' } }],
      },
    },
    ctx('0.5', host),
  );
  assert.deepEqual(
    out.report.map((e) => `${formatPath(e.path!)}: ${e.message}`),
    ['$.storage.trees.0: matching filesystem node has existing contents or different type'],
  );
  const files = (out.ignition.storage as Storage).files!;
  assert.equal(files[0].mode, 0o600);
  assert.ok(String((files[0].contents as Record<string, unknown>).source).startsWith('data:'));
});

test('tree owner and modes (base 0.7) create directories and apply file_mode', () => {
  const host = new MemoryHost().file('files/t/d/f', 'x', 0o755);
  const tree = { local: 't', path: '/srv', user: { name: 'app' }, dir_mode: 0o750, file_mode: 0o640 };
  const out = translateBase({ storage: { trees: [tree] } }, ctx('0.7', host));
  const storage = out.ignition.storage as Storage;
  assert.deepEqual(storage.directories, [
    { path: '/srv', user: { name: 'app' }, mode: 0o750 },
    { path: '/srv/d', user: { name: 'app' }, mode: 0o750 },
  ]);
  assert.equal(storage.files![0].mode, 0o640);
  assert.deepEqual(storage.files![0].user, { name: 'app' });
  // before 0.7 the same keys would not exist; the walk ignores them
  const old = translateBase({ storage: { trees: [tree] } }, ctx('0.6', host));
  assert.equal((old.ignition.storage as Storage).directories, undefined);
  assert.equal((old.ignition.storage as Storage).files![0].mode, 0o755);
});

test('tree errors: no files dir, escaping the files dir, missing root, root not a directory', () => {
  const host = new MemoryHost().file('files/plain', 'x');
  const messages = (config: Record<string, unknown>, filesDir: string | null = 'files') =>
    translateBase(config, ctx('0.4', host, filesDir)).report.map((e) => `${formatPath(e.path!)}: ${e.message}`);
  assert.deepEqual(messages({ storage: { trees: [{ local: 'x' }, { local: 'y' }] } }, null), [
    '$.storage.trees.0: local file paths are relative to a files directory that must be specified with -d/--files-dir',
  ]);
  assert.deepEqual(messages({ storage: { trees: [{ local: '../up' }] } }), ['$.storage.trees.0: local file path traverses outside the files directory']);
  assert.deepEqual(messages({ storage: { trees: [{ local: 'missing' }] } }), ['$.storage.trees.0: stat files/missing: no such file or directory']);
  assert.deepEqual(messages({ storage: { trees: [{ local: 'plain' }] } }), ['$.storage.trees.0: root of tree must be a directory']);
});

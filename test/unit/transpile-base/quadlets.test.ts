// systemd.quadlets (base 0.8-exp): files and symlinks under /etc/containers/systemd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateBase, validateBase, BaseContext } from '../../../server/src/core/transpile/base';
import { formatPath } from '../../../server/src/core/types';
import { MemoryHost } from './memory-host';
import { testEncoder, decodeDataUrls } from './corpus-helpers';

const host = new MemoryHost().file('files/sample.container', '[Container]\nImage=quay.io/fedora/fedora\n');
const ctx: BaseContext = { base: '0.8-exp', ignitionVersion: '3.7.0-experimental', filesDir: 'files', host, dataUrlEncoder: testEncoder };
type Storage = { files?: Record<string, unknown>[]; links?: Record<string, unknown>[] };
const text = (s: string) => 'decoded:' + Buffer.from(s).toString('base64');

test('rootful and user quadlets become 0644 files', () => {
  const out = translateBase(
    { systemd: { quadlets: [{ name: 'sleepy.container', contents: 'A', rootful: true }, { name: 'sleepy.container', contents: 'A' }] } },
    ctx,
  );
  assert.deepEqual(out.report, []);
  const files = (decodeDataUrls(out.ignition.storage) as Storage).files!;
  assert.deepEqual(
    files.map((f) => [f.path, f.mode, (f.contents as Record<string, unknown>).source]),
    [
      ['/etc/containers/systemd/sleepy.container', 0o644, text('A')],
      ['/etc/containers/systemd/users/sleepy.container', 0o644, text('A')],
    ],
  );
  assert.equal(formatPath(out.translations.lookup(['storage', 'files', 0, 'path'])!.from), '$.systemd.quadlets.0.name');
  assert.equal(formatPath(out.translations.lookup(['storage', 'files', 1, 'contents', 'source'])!.from), '$.systemd.quadlets.1.contents');
  assert.equal(formatPath(out.translations.lookup(['storage'])!.from), '$.systemd.quadlets');
});

test('a template instance is a symlink to its template; drop-ins go to <name>.d/', () => {
  const out = translateBase(
    {
      systemd: {
        quadlets: [
          { name: 'sleepy@.container', contents: 'T', rootful: true, dropins: [{ name: 'timeout.conf', contents: 'D' }] },
          { name: 'sleepy@100.container', rootful: true },
        ],
      },
    },
    ctx,
  );
  const storage = decodeDataUrls(out.ignition.storage) as Storage;
  assert.deepEqual(
    storage.files!.map((f) => f.path),
    ['/etc/containers/systemd/sleepy@.container', '/etc/containers/systemd/sleepy@.container.d/timeout.conf'],
  );
  assert.deepEqual(storage.links, [{ path: '/etc/containers/systemd/sleepy@100.container', target: 'sleepy@.container' }]);
});

test('contents_local reads from the files dir; conflicts and missing files are reported', () => {
  const ok = translateBase({ systemd: { quadlets: [{ name: 's.container', contents_local: 'sample.container', rootful: true }] } }, ctx);
  const file = (decodeDataUrls(ok.ignition.storage) as Storage).files![0];
  assert.equal((file.contents as Record<string, unknown>).source, text('[Container]\nImage=quay.io/fedora/fedora\n'));
  const bad = translateBase(
    {
      systemd: {
        quadlets: [
          { name: 'a.container', contents_local: 'nope.container', rootful: true },
          { name: 'b.container', contents: 'x', rootful: true },
          { name: 'b.container', contents: 'y', rootful: true },
        ],
      },
    },
    ctx,
  );
  assert.deepEqual(
    bad.report.map((e) => `${formatPath(e.path!)}: ${e.message}`),
    [
      '$.systemd.quadlets.0.contents_local: open files/nope.container: no such file or directory',
      '$.systemd.quadlets.2: matching filesystem node has existing contents or different type',
    ],
  );
});

test('quadlet validation: extensions, template contents, one source', () => {
  const findings = validateBase(
    {
      systemd: {
        quadlets: [
          { name: 'x.service', contents: 'a' },
          { name: 'x@1.container', contents: 'a', contents_local: 'b' },
          { name: 'y.volume', contents: 'a', contents_local: 'b', dropins: [{ name: 'd.conf', contents: 'a', contents_local: 'b' }] },
        ],
      },
    },
    ctx,
  ).map((e) => `${formatPath(e.path!)}: ${e.message}`);
  assert.deepEqual(findings, [
    '$.systemd.quadlets.0.name: unsupported file extension for quadlet: must be one of .container, .volume, .network, .kube, .image, .build, .pod, or .artifact',
    '$.systemd.quadlets.1.contents: template instances cannot have contents or contents_local',
    '$.systemd.quadlets.1.contents_local: template instances cannot have contents or contents_local',
    '$.systemd.quadlets.2.contents_local: only one of the following can be set: contents, contents_local',
    '$.systemd.quadlets.2.dropins.0.contents_local: only one of the following can be set: contents, contents_local',
  ]);
});

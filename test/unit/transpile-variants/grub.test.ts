// grub.users sugar against the reference's recorded output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { grubUserConfig, processGrubUsers } from '../../../server/src/core/transpile/variants/fcos/grub';
import { TranslationSet } from '../../../server/src/core/transpile/translation-set';
import { corpusAvailable, loadCase } from './corpus-case';

const skip = !corpusAvailable() && 'conformance corpus not available';

type Storage = { files: { path: string; append?: { source: string; compression: string }[] }[] };

function decodeUserCfg(storage: Storage): string {
  const file = storage.files.find((f) => f.path === '/boot/grub2/user.cfg');
  const resource = file?.append?.[0];
  assert.ok(resource, 'user.cfg with one append');
  const payload = Buffer.from(resource.source.slice(resource.source.indexOf(',') + 1), 'base64');
  return (resource.compression === 'gzip' ? gunzipSync(payload) : payload).toString('utf8');
}

test('grub users: the generated user.cfg is the one the reference writes', { skip }, () => {
  const c = loadCase('sugar--fcos-1.5.0--grub-users');
  const users = (c.input.grub as { users: Record<string, unknown>[] }).users;
  assert.equal(grubUserConfig(users), decodeUserCfg((c.output as { storage: Storage }).storage));
});

for (const id of ['sugar--fcos-1.5.0--grub-users', 'sugar--fcos-1.6.0--grub-users']) {
  test(`grub users render the reference's config: ${id}`, { skip }, () => {
    const c = loadCase(id);
    const expected = c.output as { ignition: unknown };
    const { ignition } = processGrubUsers(c.input, { ignition: expected.ignition }, new TranslationSet(), true);
    assert.deepEqual(ignition, expected);
  });
}

test('grub users merge in front of the user files (fcos 1.7 with /etc/motd)', { skip }, () => {
  const c = loadCase('sugar--fcos-1.7.0--grub-users');
  const user = {
    ignition: { version: '3.6.0' },
    storage: { files: [{ path: '/etc/motd', contents: { compression: '', source: 'data:,x%0A' } }] },
  };
  const userTs = new TranslationSet();
  userTs.add(['storage', 'files', 0, 'path'], ['storage', 'files', 0, 'path']);
  const { ignition, translations } = processGrubUsers(c.input, user, userTs, true);
  assert.deepEqual(ignition, c.output);
  assert.deepEqual(translations.lookup(['storage', 'files', 1, 'path'])?.from, ['storage', 'files', 0, 'path']);
  assert.deepEqual(translations.lookup(['storage', 'files', 0, 'append', 0, 'source'])?.from, ['grub', 'users']);
  assert.deepEqual(translations.lookup(['storage', 'filesystems', 0, 'path'])?.from, ['grub', 'users']);
});

test('no grub users: same config, but translations pass through the (empty) merge', () => {
  // The reference always merges the grub config (empty here) under the translated one; the merge
  // transcript keeps only non-zero fields, so a zero-valued plain field loses its translation.
  const start = { ignition: { version: '3.4.0' }, passwd: { users: [{ name: '', uid: 5 }] } };
  const ts = new TranslationSet();
  ts.add(['version'], ['ignition', 'version']);
  ts.add(['passwd', 'users', 0, 'name'], ['passwd', 'users', 0, 'name']);
  ts.add(['passwd', 'users', 0, 'uid'], ['passwd', 'users', 0, 'uid']);
  const out = processGrubUsers({ grub: {} }, start, ts, true);
  assert.deepEqual(out.ignition, start);
  assert.ok(out.translations.has(['ignition', 'version']));
  assert.ok(out.translations.has(['passwd', 'users', 0, 'uid']));
  assert.ok(!out.translations.has(['passwd', 'users', 0, 'name']));
});

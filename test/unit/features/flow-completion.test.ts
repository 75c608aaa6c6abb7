// Completion and hover inside flow collections written on one line (`files: [{path: /a, ‸}]`), and
// on tab-indented lines. Flow mappings are ordinary YAML that Butane accepts, so a user typing one
// expects the same keys and values as in block style, inserted in flow style: accepting an item must
// leave a config that transpiles (checked with the core pipeline, which matches the reference CLI
// byte for byte on the conformance corpus). YAML forbids tabs in indentation (yaml.v3 stops with
// "found character that cannot start any token"), so a tab-indented line gets no completion: any
// key inserted there would stay an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, hover } from '../../../server/src/core/features';
import { transpile } from '../../../server/src/core/pipeline';
import { applyCompletion, fixture, labels, pick } from './markers';

const HEAD = 'variant: fcos\nversion: 1.6.0\n';

function completeAt(marked: string) {
  const f = fixture(HEAD + marked);
  return { f, items: complete(f.text, f.cursor) };
}

function ignitionOf(text: string): any {
  const result = transpile(text, { strict: true });
  assert.equal(result.fatal, undefined, `${text}\n${result.fatal}`);
  return JSON.parse(result.output!);
}

test('keys of a list entry written as a flow mapping, without those already in it (before or after the cursor)', () => {
  const { items } = completeAt('storage:\n  files: [{path: /a, ‸, overwrite: true}]\n');
  const keys = labels(items.filter((i) => i.kind === 10)).sort();
  // File in fcos 1.6.0 (base v0_5): path, overwrite, contents, append, mode, user, group.
  assert.deepEqual(keys, ['append', 'contents', 'group', 'mode', 'user']);
});

test('accepting a flow key inserts `key: value` in flow style, and the config transpiles', () => {
  const { f, items } = completeAt('storage:\n  files: [{path: /etc/a, ‸}]\n');
  const mode = applyCompletion(f.text, pick(items, 'mode'));
  assert.equal(mode, HEAD + 'storage:\n  files: [{path: /etc/a, mode: 0644}]\n');
  assert.equal(ignitionOf(mode).storage.files[0].mode, 0o644);
  const contents = applyCompletion(f.text, pick(items, 'contents'));
  assert.equal(contents, HEAD + 'storage:\n  files: [{path: /etc/a, contents: {}}]\n');
  ignitionOf(contents);
});

test('whole config in flow style from the root mapping down', () => {
  const { items } = completeAt('storage: {files: [{path: /a, contents: {‸}}]}\n');
  // Resource in base v0_5: compression, http_headers, inline, local, source, verification.
  assert.deepEqual(labels(items.filter((i) => i.kind === 10)).sort(), ['compression', 'http_headers', 'inline', 'local', 'source', 'verification']);
  const root = labels(completeAt('storage: {‸}\n').items);
  assert.ok(root.includes('files') && root.includes('filesystems') && !root.includes('units'), JSON.stringify(root));
});

test('values after `key: ` in a flow mapping: enums, booleans, modes; the typed part is replaced', () => {
  const format = completeAt('storage:\n  filesystems: [{device: /dev/vdb, format: x‸, wipe_filesystem: true}]\n');
  assert.deepEqual(labels(format.items), ['ext4', 'btrfs', 'xfs', 'vfat', 'swap', 'none']);
  const accepted = applyCompletion(format.f.text, pick(format.items, 'xfs'));
  assert.equal(accepted, HEAD + 'storage:\n  filesystems: [{device: /dev/vdb, format: xfs, wipe_filesystem: true}]\n');
  assert.equal(ignitionOf(accepted).storage.filesystems[0].format, 'xfs');
  assert.deepEqual(labels(completeAt('systemd:\n  units: [{name: a.service, enabled: ‸}]\n').items), ['true', 'false']);
  assert.ok(labels(completeAt('storage:\n  files:\n    - {path: /a, mode: 06‸}\n').items).includes('0644'));
});

test('nothing is offered where flow context allows nothing: a sequence item, a quoted string, after the collection', () => {
  assert.deepEqual(completeAt('passwd:\n  users: [{name: core, ssh_authorized_keys: [‸]}]\n').items, []);
  assert.deepEqual(completeAt('storage:\n  files: [{path: "/a, ‸b"}]\n').items, []);
  assert.deepEqual(completeAt('storage:\n  files: [{path: /a}] ‸\n').items, []);
});

test('a comma or quote inside a quoted or plain scalar does not end the flow item', () => {
  const keys = labels(completeAt("storage:\n  files: [{path: \"/x, y\", user: {name: it's}, ‸}]\n").items);
  assert.ok(keys.includes('mode') && !keys.includes('path') && !keys.includes('user'), JSON.stringify(keys));
});

test('hover on a key inside a flow mapping describes that field; an unknown one is explained', () => {
  const f = fixture(HEAD + 'storage:\n  files: [{path: /a, mo‸de: 0644}]\n');
  const h = hover(f.text, f.cursor);
  assert.ok(h);
  assert.match(h.markdown, /^\*\*mode\*\*/);
  assert.equal(f.text.slice(h.range.start, h.range.end), 'mode');
  const u = fixture(HEAD + 'storage:\n  files:\n    - {path: /a, fr‸ob: 1}\n');
  assert.match(hover(u.text, u.cursor)!.markdown, /unknown key/);
});

test('tab-indented lines: no completion (yaml.v3 refuses tabs as indentation), and no key named with a tab', () => {
  assert.deepEqual(completeAt('systemd:\n\tunits:\n\t\t- ‸\n').items, []);
  assert.deepEqual(completeAt('systemd:\n  units:\n  - name: x\n\t‸\n').items, []);
  assert.deepEqual(completeAt('systemd:\n  \t‸\n').items, []);
  const t = fixture(HEAD + 'systemd:\n\tun‸its:\n');
  assert.equal(hover(t.text, t.cursor), null);
  // The line below a tab-indented one still completes from the block structure around it.
  const keys = labels(completeAt('systemd:\n\tfoo: 1\n  ‸\n').items);
  assert.deepEqual(keys, ['units']);
});

// The translation set: keyed by output path, later translations win; and the granularity the
// base translation records (every set field, lists and their items, non-empty structs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TranslationSet } from '../../../server/src/core/transpile/translation-set';
import { translateBase } from '../../../server/src/core/transpile/base';
import { formatPath } from '../../../server/src/core/types';
import { MemoryHost } from './memory-host';
import { testEncoder } from './corpus-helpers';

test('a later translation to the same output path replaces the earlier one', () => {
  const ts = new TranslationSet();
  ts.add(['a', 'source'], ['x', 'source']);
  ts.add(['a', 'inline'], ['x', 'source']);
  assert.equal(ts.size, 1);
  assert.deepEqual(ts.lookup(['x', 'source'])!.from, ['a', 'inline']);
});

test('prefixing, descending and mapping', () => {
  const ts = new TranslationSet();
  ts.add(['name'], ['name']);
  const prefixed = ts.prefixed(['users', 0], ['passwd', 'users', 0]);
  assert.deepEqual(prefixed.lookup(['passwd', 'users', 0, 'name'])!.from, ['users', 0, 'name']);
  const descended = prefixed.descend(['passwd']);
  assert.deepEqual(descended.lookup(['users', 0, 'name'])!.from, ['users', 0, 'name']);
  assert.equal(descended.lookup(['passwd', 'users', 0, 'name']), undefined);
  const moves = new TranslationSet();
  moves.add(['users', 0, 'name'], ['spec', 'users', 0, 'name']);
  const mapped = descended.map(moves);
  assert.deepEqual(mapped.lookup(['spec', 'users', 0, 'name'])!.from, ['users', 0, 'name']);
  assert.equal(mapped.lookup(['users', 0, 'name']), undefined);
});

function fromOf(ts: TranslationSet, to: (string | number)[]): string | undefined {
  const t = ts.lookup(to);
  return t ? formatPath(t.from) : undefined;
}

test('file translations: fields, list items, contents sugar, compression recorded from local', () => {
  const host = new MemoryHost().file('d/file-1', 'file contents\n');
  const out = translateBase(
    {
      storage: {
        files: [
          {
            path: '/foo',
            mode: 420,
            append: [
              { source: 'http://example/com', compression: 'gzip', http_headers: [{ name: 'Header', value: 'v' }], verification: { hash: 'h' } },
              { inline: 'hello', compression: 'gzip' },
              { local: 'file-1' },
            ],
          },
        ],
      },
    },
    { base: '0.5', ignitionVersion: '3.4.0', filesDir: 'd', host, dataUrlEncoder: testEncoder },
  );
  const f = ['storage', 'files', 0];
  const ts = out.translations;
  // identity translations (snake → camel)
  assert.equal(fromOf(ts, [...f, 'append', 0, 'httpHeaders', 0, 'name']), '$.storage.files.0.append.0.http_headers.0.name');
  assert.equal(fromOf(ts, [...f, 'append', 0, 'httpHeaders', 0]), '$.storage.files.0.append.0.http_headers.0');
  assert.equal(fromOf(ts, [...f, 'append', 0, 'httpHeaders']), '$.storage.files.0.append.0.http_headers');
  assert.equal(fromOf(ts, [...f, 'append', 0, 'verification', 'hash']), '$.storage.files.0.append.0.verification.hash');
  assert.equal(fromOf(ts, [...f, 'append', 0, 'verification']), '$.storage.files.0.append.0.verification');
  assert.equal(fromOf(ts, [...f, 'append']), '$.storage.files.0.append');
  assert.equal(fromOf(ts, [...f, 'mode']), '$.storage.files.0.mode');
  assert.equal(fromOf(ts, f), '$.storage.files.0');
  // sugar
  assert.equal(fromOf(ts, [...f, 'append', 1, 'source']), '$.storage.files.0.append.1.inline');
  assert.equal(fromOf(ts, [...f, 'append', 1, 'compression']), '$.storage.files.0.append.1.compression', 'user compression is kept');
  assert.equal(fromOf(ts, [...f, 'append', 2, 'source']), '$.storage.files.0.append.2.local');
  assert.equal(fromOf(ts, [...f, 'append', 2, 'compression']), '$.storage.files.0.append.2.local');
  // outputs: user-compressed inline stays URL-escaped with its compression; local gets ""
  const append = (out.ignition.storage as { files: { append: Record<string, unknown>[] }[] }).files[0].append;
  assert.deepEqual(append[1], { compression: 'gzip', source: 'data:,hello' });
  assert.deepEqual(append[2], { source: 'data:,file%20contents%0A', compression: '' });
  assert.deepEqual(host.reads, ['d/file-1']);
});

test('ignition version maps to the version key; empty structs record nothing', () => {
  const out = translateBase({ storage: { files: [{ path: '/x', user: {} }] } }, { base: '0.4', ignitionVersion: '3.3.0' });
  assert.equal(fromOf(out.translations, ['ignition', 'version']), '$.version');
  assert.equal(fromOf(out.translations, ['storage', 'files', 0, 'user']), undefined);
  assert.equal((out.ignition.ignition as Record<string, unknown>).version, '3.3.0');
});

test('kernel arguments exist from base 0.4 and map to kernelArguments', () => {
  const config = { kernel_arguments: { should_exist: ['quiet'], should_not_exist: ['debug'] } };
  const out = translateBase(config, { base: '0.4', ignitionVersion: '3.3.0' });
  assert.deepEqual(out.ignition.kernelArguments, { shouldExist: ['quiet'], shouldNotExist: ['debug'] });
  assert.equal(fromOf(out.translations, ['kernelArguments', 'shouldExist', 0]), '$.kernel_arguments.should_exist.0');
});

test('the debug dump lists translations sorted by output path', () => {
  const ts = new TranslationSet();
  ts.add(['storage', 'files', 0, 'path'], ['storage', 'files', 0, 'path']);
  ts.add(['version'], ['ignition', 'version']);
  assert.equal(
    ts.toString(),
    'TranslationSet: yaml → json\n$.version → $.ignition.version\n$.storage.files.0.path → $.storage.files.0.path\n',
  );
});

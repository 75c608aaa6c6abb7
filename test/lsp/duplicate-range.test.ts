// Duplicates: the reference reports "duplicate entry defined" on the later entry; the diagnostic
// starts there, covers the whole entry and points at the first entry with the same path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/lsp/analysis';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TEXT = [
  'variant: fcos',
  'version: 1.6.0',
  'storage:',
  '  files:',
  '    - path: /etc/dup.conf',
  '      mode: 0644',
  '    - path: /etc/other.conf',
  '    - path: /etc/dup.conf',
  '      mode: 0600',
  '',
].join('\n');

test('a duplicate entry covers the entry and links to the first one', () => {
  const ds = diagnosticsOf(analyze({ uri: 'file:///d.bu', version: 1, getText: () => TEXT }, { strict: false, key: 'k' }, () => undefined));
  const dup = ds.find((d) => d.message === 'duplicate entry defined');
  assert.ok(dup, JSON.stringify(ds));
  assert.deepEqual(dup.range, { start: { line: 7, character: 6 }, end: { line: 8, character: 16 } });
  assert.equal(dup.relatedInformation?.length, 1);
  assert.deepEqual(dup.relatedInformation![0].location.range.start, { line: 4, character: 6 });
});

test('every diagnostic links its code to its README entry', () => {
  const ds = diagnosticsOf(analyze({ uri: 'file:///d.bu', version: 1, getText: () => TEXT }, { strict: false, key: 'k' }, () => undefined));
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  assert.ok(ds.length > 0);
  for (const d of ds) {
    assert.ok(d.codeDescription?.href.endsWith(`#${d.code}`), JSON.stringify(d));
    assert.ok(readme.includes(`<a id="${d.code}"></a>`), `README has no entry for ${d.code}`);
  }
});

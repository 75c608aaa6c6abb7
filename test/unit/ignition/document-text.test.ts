// A user's .ign file validated from its text, as Go decodes it: integers beyond 2^53 stay exact.
// Expected findings: the reference's Ignition 3.4.0 validation of the same mode values (observed
// through butane v0.29.0 on fcos 1.5.0, see test/unit/differential/exact-ints.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateIgnitionDocument, validateIgnitionDocumentText } from '../../../server/src/core/ignition';
import { render } from './helpers';

const files = (...modes: string[]) =>
  `{"ignition":{"version":"3.4.0"},"storage":{"files":[${modes.map((m, i) => `{"path":"/f${i}","mode":${m}}`).join(',')}]}}`;

test('a mode beyond 2^53 is tested on all 64 bits: special bits are seen', () => {
  assert.deepEqual(render(validateIgnitionDocumentText(files('9223372036854775807', '-9223372036854775808'))), [
    'error $.storage.files.0.mode: illegal file mode',
    'warning $.storage.files.0.mode: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0',
    'error $.storage.files.1.mode: illegal file mode',
  ]);
});

test('ordinary documents give the same findings from the text as from the parsed value', () => {
  for (const text of [
    files('420', '2048', '4095'),
    '{"ignition":{"version":"3.2.0"},"storage":{"files":[{"path":"rel"}]},"extra":1}',
    '{"ignition":{"version":"9.0.0"}}',
    '{"ignition":{"version":"3.4.0"},"passwd":{"users":[{"name":"a","uid":"x"}]}}',
  ]) {
    assert.deepEqual(render(validateIgnitionDocumentText(text)), render(validateIgnitionDocument(JSON.parse(text))), text);
  }
});

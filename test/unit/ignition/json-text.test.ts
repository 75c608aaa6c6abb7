// Validating an embedded Ignition config from its JSON text. encoding/json decodes every member
// in document order (a repeated key decodes into the same field again) and parses an int
// field's number literal itself, so "420.0" does not fit an int even though it equals 420.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIgnitionTypeErrorsInText, validateIgnitionTextWithContext } from '../../../server/src/core/ignition';
import { parseJsonText } from '../../../server/src/core/ignition/go/json-text';
import { render } from './helpers';

test('the JSON text reader keeps repeated keys and number spellings', () => {
  assert.deepEqual(parseJsonText(' {"a": 1.50, "a": [true, null, "x\\n"]} '), {
    kind: 'object',
    entries: [
      ['a', { kind: 'number', text: '1.50' }],
      ['a', { kind: 'array', items: [{ kind: 'bool', value: true }, { kind: 'null' }, { kind: 'string', value: 'x\n' }] }],
    ],
  });
  assert.throws(() => parseJsonText('{"a": 1} x'));
});

test('a repeated section merges into the first one instead of replacing it', () => {
  // The second "ignition" adds a merge list; the version from the first one stays.
  const text = '{"ignition": {"version": "3.4.0"}, "ignition": {"config": {"merge": [{"source": null}]}}}';
  assert.deepEqual(render(validateIgnitionTextWithContext(text, '3.4.0')), ['error $.ignition.config.merge.0: source is required']);
});

test('a repeated list decodes into the elements already there', () => {
  const text = '{"ignition": {"version": "3.4.0"}, "storage": {"files": [{"path": "/a", "mode": 2541}]}, "storage": {"files": [{"path": "/b"}]}}';
  assert.deepEqual(render(validateIgnitionTextWithContext(text, '3.4.0')), [
    'warning $.storage.files.0.mode: setuid/setgid/sticky bits are not supported or functional in spec versions older than 3.6.0',
  ]);
});

test('int fields take only plain decimal literals within int64', () => {
  const mode = (literal: string) =>
    findIgnitionTypeErrorsInText(`{"ignition": {"version": "3.4.0"}, "storage": {"files": [{"path": "/a", "mode": ${literal}}]}}`, '3.4.0').map((e) => e.message);
  assert.deepEqual(mode('420'), []);
  assert.deepEqual(mode('-9223372036854775808'), []);
  for (const bad of ['420.0', '4.2e2', '9223372036854775808']) {
    assert.deepEqual(mode(bad), [`json: cannot unmarshal number ${bad} into Go struct field File.storage.files.FileEmbedded1.mode of type int`], bad);
  }
  assert.deepEqual(mode('"420"'), ['json: cannot unmarshal string into Go struct field File.storage.files.FileEmbedded1.mode of type int']);
});

// Ignition files: the engine's Ignition validation for the declared spec version, on the value
// each finding names. Messages are the reference's (Ignition v2.26.0 config validation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { ignitionDiagnostics, isIgnitionDocument } from '../../server/src/lsp/ignition-diagnostics';

function doc(text: string): TextDocument {
  return TextDocument.create('file:///w/config.ign', 'ignition', 1, text);
}

test('.ign files and the ignition language are served as Ignition', () => {
  assert.equal(isIgnitionDocument({ uri: 'file:///a/b.ign', languageId: 'json' }), true);
  assert.equal(isIgnitionDocument({ uri: 'file:///a/b.bu', languageId: 'butane' }), false);
  assert.equal(isIgnitionDocument({ uri: 'untitled:1', languageId: 'ignition' }), true);
});

test('a valid config has no diagnostics', () => {
  assert.deepEqual(ignitionDiagnostics(doc('{"ignition":{"version":"3.4.0"}}'), false), []);
});

test('a relative file path is an error on the path value, for the declared version', () => {
  const text = '{\n  "ignition": {"version": "3.4.0"},\n  "storage": {"files": [{"path": "etc/motd"}]}\n}';
  const ds = ignitionDiagnostics(doc(text), false);
  const d = ds.find((x) => x.message === 'path not absolute');
  assert.ok(d, JSON.stringify(ds));
  assert.equal(d.severity, DiagnosticSeverity.Error);
  assert.equal(d.source, 'butane');
  assert.deepEqual(d.range.start, { line: 2, character: text.split('\n')[2].indexOf('"etc/motd"') });
});

test('an unknown spec version is reported', () => {
  const ds = ignitionDiagnostics(doc('{"ignition":{"version":"9.9.9"}}'), false);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].message, 'unsupported config version');
});

test('text that is not JSON gets one error', () => {
  const ds = ignitionDiagnostics(doc('{"ignition": '), false);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].code, 'ignition.invalid-json');
});

// package.json's contributed settings and the server's settings definition must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SETTINGS_DEFINITION } from '../../../server/src/lsp/protocol';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const contributed: Record<string, Record<string, unknown>> = pkg.contributes.configuration.properties;

test('every contributed setting is defined, with the same type, default, scope and enum', () => {
  assert.deepEqual(Object.keys(contributed).sort(), SETTINGS_DEFINITION.map((d) => d.key).sort());
  for (const d of SETTINGS_DEFINITION) {
    const c = contributed[d.key];
    assert.equal(c.type, d.type, d.key);
    assert.deepEqual(c.default, d.default, d.key);
    assert.equal(c.scope, d.scope, d.key);
    assert.deepEqual(c.enum, d.enum, d.key);
  }
});

test('every contributed setting has a description and a default', () => {
  for (const [key, c] of Object.entries(contributed)) {
    const description = (c.markdownDescription ?? c.description) as string | undefined;
    assert.ok(description && description.length > 20, `${key} has a description`);
    assert.ok('default' in c, `${key} has a default`);
  }
});

test('the settings the server reads are exactly those of DEFAULT_SETTINGS', () => {
  const serverKeys = SETTINGS_DEFINITION.filter((d) => d.readBy === 'server').map((d) => d.key.replace(/^butane\./, ''));
  assert.deepEqual(serverKeys.sort(), Object.keys(DEFAULT_SETTINGS).sort());
  for (const key of serverKeys) assert.deepEqual(contributed[`butane.${key}`].default, (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key]);
});

test('the preview commands are contributed, with Ctrl+K V on Butane editors', () => {
  const commands = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
  for (const c of ['butane.openPreviewToSide', 'butane.openPreview', 'butane.goToSource', 'butane.transpileToFile', 'butane.checkConfig']) assert.ok(commands.has(c), c);
  const binding = pkg.contributes.keybindings.find((k: { command: string }) => k.command === 'butane.openPreviewToSide');
  assert.equal(binding.key, 'ctrl+k v');
  assert.equal(binding.when, 'editorLangId == butane');
  assert.ok(pkg.contributes.menus['editor/title'].some((m: { command: string }) => m.command === 'butane.openPreviewToSide'));
});

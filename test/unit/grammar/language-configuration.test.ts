// The indentation and comment rules VS Code applies while typing Butane (YAML): a line that
// opens a mapping, a sequence item or a block scalar indents the next line; a scalar value does not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const config = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'language-configuration.json'), 'utf8'));
const increase = new RegExp(config.indentationRules.increaseIndentPattern);
const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);

test('lines that open a nested node increase the indentation', () => {
  for (const line of ['storage:', '  files:', '    - contents:', '      inline: |', '      inline: >-', '  units: # the units', '  -', '"quoted key":']) {
    assert.ok(increase.test(line), line);
  }
});

test('lines with a scalar value do not', () => {
  for (const line of ['variant: fcos', '    - path: /etc/motd', '      mode: 0644', '# storage:', '  - item', '      url: https://example.com/a']) {
    assert.ok(!increase.test(line), line);
  }
});

test('a closing bracket on its own line is dedented', () => {
  assert.ok(decrease.test('  ]'));
  assert.ok(decrease.test('    },'));
  assert.ok(!decrease.test('  - ]'));
});

test('Enter after "- key: value" lines the next key up under the first one', () => {
  const rule = config.onEnterRules.find((r: { beforeText: string }) => new RegExp(r.beforeText).test('    - path: /etc/motd'));
  assert.ok(rule);
  assert.equal(rule.action.appendText, '  ');
  assert.ok(!new RegExp(rule.beforeText).test('    - contents:'), 'a key that opens a mapping is handled by the indentation rule');
});

test('comments are # line comments; brackets and quotes pair up', () => {
  assert.equal(config.comments.lineComment, '#');
  assert.deepEqual(config.brackets, [['{', '}'], ['[', ']']]);
  assert.deepEqual(config.autoClosingPairs.map((p: { open: string }) => p.open), ['{', '[', '"', "'"]);
  assert.equal(config.folding.offSide, true);
});

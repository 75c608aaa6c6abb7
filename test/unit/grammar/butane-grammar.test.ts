// The Butane TextMate grammar, run by the engine VS Code uses. Expectations follow YAML's
// rules (what is a key, a comment, a block scalar) and Butane's spec keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scopesAt, scopesOf, tokenize } from './tokenize';

const has = (scopes: string[], scope: string) =>
  assert.ok(scopes.some((s) => s.split(' ').includes(scope)), `expected ${scope} in ${JSON.stringify(scopes)}`);
const hasNot = (scopes: string[], scope: string) =>
  assert.ok(!scopes.some((s) => s.split(' ').includes(scope)), `did not expect ${scope} in ${JSON.stringify(scopes)}`);

const CONFIG = [
  'variant: fcos # the spec', //                    0
  'version: 1.5.0', //                              1
  'storage:', //                                    2
  '  files:', //                                    3
  '    - path: /etc/motd', //                       4
  '      mode: 0644', //                            5
  '      overwrite: true', //                       6
  '      contents:', //                             7
  '        inline: |', //                           8
  '          # not a comment: inside the scalar', //  9
  '', //                                            10
  '          key: not a key either', //             11
  '    - path: "/etc/a #b"', //                     12
  '      bogus_key: x', //                          13
  "      user: { name: 'core', id: 1000 }", //       14
  'passwd: # trailing comment', //                  15
].join('\n');

test('header: variant and version values get their own scopes', async () => {
  const lines = await tokenize(CONFIG);
  has(scopesOf(lines, 0, 'variant'), 'keyword.other.header.butane');
  has(scopesOf(lines, 0, 'fcos'), 'support.constant.variant.butane');
  has(scopesAt(lines, 0, '# the spec'), 'comment.line.number-sign.yaml');
  has(scopesOf(lines, 1, '1.5.0'), 'constant.numeric.version.butane');
});

test('spec keys are marked as known, other keys only as keys', async () => {
  const lines = await tokenize(CONFIG);
  for (const [line, key] of [[2, 'storage'], [3, 'files'], [4, 'path'], [5, 'mode'], [7, 'contents'], [8, 'inline']] as const) {
    has(scopesOf(lines, line, key), 'entity.name.tag.yaml');
    has(scopesOf(lines, line, key), 'support.type.property-name.butane');
  }
  has(scopesOf(lines, 13, 'bogus_key'), 'entity.name.tag.yaml');
  hasNot(scopesOf(lines, 13, 'bogus_key'), 'support.type.property-name.butane');
  has(scopesOf(lines, 4, '-'), 'punctuation.definition.block.sequence.item.yaml');
});

test('scalars: octal mode, boolean, double-quoted string containing #', async () => {
  const lines = await tokenize(CONFIG);
  has(scopesOf(lines, 5, '0644'), 'constant.numeric.integer.octal.yaml');
  has(scopesOf(lines, 6, 'true'), 'constant.language.boolean.yaml');
  has(scopesAt(lines, 12, '#b'), 'string.quoted.double.yaml');
  hasNot(scopesAt(lines, 12, '#b'), 'comment.line.number-sign.yaml');
  has(scopesAt(lines, 4, '/etc/motd'), 'string.unquoted.plain.yaml');
});

test('a block scalar swallows comments and keys until the indentation drops', async () => {
  const lines = await tokenize(CONFIG);
  has(scopesOf(lines, 8, '|'), 'keyword.control.flow.block-scalar.yaml');
  has(scopesAt(lines, 9, '# not a comment'), 'string.unquoted.block.yaml');
  hasNot(scopesAt(lines, 9, '# not a comment'), 'comment.line.number-sign.yaml');
  has(scopesAt(lines, 11, 'key:'), 'string.unquoted.block.yaml');
  hasNot(scopesAt(lines, 11, 'key'), 'entity.name.tag.yaml');
  // The next sequence item is back in the mapping.
  has(scopesOf(lines, 12, 'path'), 'entity.name.tag.yaml');
  hasNot(scopesOf(lines, 12, 'path'), 'string.unquoted.block.yaml');
});

test('flow mappings: keys inside braces, single-quoted strings, numbers', async () => {
  const lines = await tokenize(CONFIG);
  has(scopesOf(lines, 14, 'name'), 'support.type.property-name.butane');
  has(scopesOf(lines, 14, 'name'), 'meta.flow-mapping.yaml');
  has(scopesOf(lines, 14, 'core'), 'string.quoted.single.yaml');
  has(scopesOf(lines, 14, '1000'), 'constant.numeric.integer.decimal.yaml');
});

test('a comment after a key is a comment; "true story" is a string, not a boolean', async () => {
  const lines = await tokenize(CONFIG + '\nsystemd:\n  units:\n    - name: a\n      enabled: true story\n');
  has(scopesAt(lines, 15, '# trailing'), 'comment.line.number-sign.yaml');
  has(scopesOf(lines, 19, 'true story'), 'string.unquoted.plain.yaml');
});

test('block scalar with chomping indicator and trailing comment, after a dash', async () => {
  const lines = await tokenize(['units:', '  - contents: >- # folded', '      some text', '', '      more text', 'next: 1'].join('\n'));
  const chomping = lines[1].filter((t) => t.text === '-').at(-1);
  assert.ok(chomping);
  has(chomping.scopes, 'storage.modifier.chomping-indicator.yaml');
  has(scopesOf(lines, 1, '# folded'), 'comment.line.number-sign.yaml');
  has(scopesAt(lines, 2, 'some text'), 'string.unquoted.block.yaml');
  // A blank line does not end the scalar; the next line at the opening line's indentation does.
  has(scopesAt(lines, 4, 'more text'), 'string.unquoted.block.yaml');
  has(scopesOf(lines, 5, 'next'), 'entity.name.tag.yaml');
  hasNot(scopesOf(lines, 5, 'next'), 'string.unquoted.block.yaml');
});

const UNIT = [
  'systemd:', //                                   0
  '  units:', //                                   1
  '    - name: hello.service', //                  2
  '      contents: |', //                          3
  '        [Unit]', //                             4
  '        # a unit comment', //                   5
  '        Description=Say hello to %H', //        6
  '', //                                           7
  '        [Service]', //                          8
  '    - name: script.service', //                 9
  'storage:', //                                   10
  '  files:', //                                   11
  '    - path: /usr/local/bin/hello', //           12
  '      contents:', //                            13
  '        inline: |', //                          14
  '          #!/bin/bash', //                      15
  '          echo hello', //                       16
  '      mode: 0755', //                           17
].join('\n');

test('a block scalar holding a systemd unit is highlighted as one', async () => {
  const lines = await tokenize(UNIT);
  has(scopesOf(lines, 4, 'Unit'), 'entity.name.section.systemd');
  has(scopesAt(lines, 5, '# a unit comment'), 'comment.line.systemd');
  has(scopesOf(lines, 6, 'Description'), 'keyword.other.key.systemd');
  has(scopesOf(lines, 6, '%H'), 'constant.other.placeholder.specifier.systemd');
  has(scopesOf(lines, 8, 'Service'), 'entity.name.section.systemd');
  // The unit ends with the block: the next sequence item is YAML again.
  has(scopesOf(lines, 9, 'name'), 'entity.name.tag.yaml');
  hasNot(scopesOf(lines, 9, 'name'), 'meta.embedded.block.systemd');
});

test('a block scalar starting with a shell shebang embeds the shell grammar', async () => {
  const lines = await tokenize(UNIT);
  has(scopesAt(lines, 16, 'echo'), 'meta.embedded.block.shellscript');
  has(scopesAt(lines, 16, 'echo'), 'support.function.builtin.shell');
  hasNot(scopesAt(lines, 16, 'echo'), 'string.unquoted.block.yaml');
  has(scopesOf(lines, 17, 'mode'), 'support.type.property-name.butane');
  hasNot(scopesOf(lines, 17, 'mode'), 'meta.embedded.block.shellscript');
});

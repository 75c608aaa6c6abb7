// The Butane TextMate grammar, run by the engine VS Code uses. Expectations follow YAML's
// rules (what is a key, a comment, a block scalar) and Butane's spec keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Token, scopesAt, tokenize } from './tokenize';

/** On `line`, the token at the first occurrence of `at` has every scope in `has` and none in `not`. */
interface Expectation {
  line: number;
  at: string;
  has?: string[];
  not?: string[];
}

function check(lines: Token[][], expectations: Expectation[]): void {
  for (const { line, at, has = [], not = [] } of expectations) {
    const names = scopesAt(lines, line, at).flatMap((s) => s.split(' '));
    for (const scope of has) assert.ok(names.includes(scope), `line ${line} ${JSON.stringify(at)}: expected ${scope} in ${names.join(', ')}`);
    for (const scope of not) assert.ok(!names.includes(scope), `line ${line} ${JSON.stringify(at)}: did not expect ${scope}`);
  }
}

const KEY = 'entity.name.tag.yaml';
const SPEC_KEY = 'support.type.property-name.butane';
const BLOCK = 'string.unquoted.block.yaml';
const COMMENT = 'comment.line.number-sign.yaml';

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
  '  users:', //                                    16
  '    - name: core', //                            17
  '      no_create_home: true story', //            18
].join('\n');

test('header: variant and version values get their own scopes', async () => {
  check(await tokenize(CONFIG), [
    { line: 0, at: 'variant', has: ['keyword.other.header.butane'] },
    { line: 0, at: 'fcos', has: ['support.constant.variant.butane'] },
    { line: 0, at: '# the spec', has: [COMMENT] },
    { line: 1, at: '1.5.0', has: ['constant.numeric.version.butane'] },
  ]);
});

test('spec keys are marked as known, other keys only as keys', async () => {
  check(await tokenize(CONFIG), [
    ...([[2, 'storage'], [3, 'files'], [4, 'path'], [5, 'mode'], [7, 'contents'], [8, 'inline']] as const).map(
      ([line, at]) => ({ line, at, has: [KEY, SPEC_KEY] }),
    ),
    { line: 13, at: 'bogus_key', has: [KEY], not: [SPEC_KEY] },
    { line: 4, at: '-', has: ['punctuation.definition.block.sequence.item.yaml'] },
  ]);
});

test('scalars: octal mode, boolean, plain and double-quoted strings; "true story" is no boolean', async () => {
  check(await tokenize(CONFIG), [
    { line: 5, at: '0644', has: ['constant.numeric.integer.octal.yaml'] },
    { line: 6, at: 'true', has: ['constant.language.boolean.yaml'] },
    { line: 12, at: '#b', has: ['string.quoted.double.yaml'], not: [COMMENT] },
    { line: 4, at: '/etc/motd', has: ['string.unquoted.plain.yaml'] },
    { line: 15, at: '# trailing', has: [COMMENT] },
    { line: 18, at: 'true story', has: ['string.unquoted.plain.yaml'], not: ['constant.language.boolean.yaml'] },
  ]);
});

test('a block scalar swallows comments and keys until the indentation drops', async () => {
  check(await tokenize(CONFIG), [
    { line: 8, at: '|', has: ['keyword.control.flow.block-scalar.yaml'] },
    { line: 9, at: '# not a comment', has: [BLOCK], not: [COMMENT] },
    { line: 11, at: 'key:', has: [BLOCK], not: [KEY] },
    // The next sequence item is back in the mapping.
    { line: 12, at: 'path', has: [KEY], not: [BLOCK] },
  ]);
});

test('flow mappings: keys inside braces, single-quoted strings, numbers', async () => {
  check(await tokenize(CONFIG), [
    { line: 14, at: 'name', has: [SPEC_KEY, 'meta.flow-mapping.yaml'] },
    { line: 14, at: 'core', has: ['string.quoted.single.yaml'] },
    { line: 14, at: '1000', has: ['constant.numeric.integer.decimal.yaml'] },
  ]);
});

test('block scalar with chomping indicator and trailing comment, after a dash', async () => {
  check(await tokenize(['units:', '  - contents: >- # folded', '      some text', '', '      more text', 'next: 1'].join('\n')), [
    { line: 1, at: '>', has: ['keyword.control.flow.block-scalar.yaml'] },
    { line: 1, at: '- #', has: ['storage.modifier.chomping-indicator.yaml'] },
    { line: 1, at: '# folded', has: [COMMENT] },
    { line: 2, at: 'some text', has: [BLOCK] },
    // A blank line does not end the scalar; the next line at the opening line's indentation does.
    { line: 4, at: 'more text', has: [BLOCK] },
    { line: 5, at: 'next', has: [KEY], not: [BLOCK] },
  ]);
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
  check(await tokenize(UNIT), [
    { line: 4, at: 'Unit', has: ['entity.name.section.systemd'] },
    { line: 5, at: '# a unit comment', has: ['comment.line.systemd'] },
    { line: 6, at: 'Description', has: ['keyword.other.key.systemd'] },
    { line: 6, at: '%H', has: ['constant.other.placeholder.specifier.systemd'] },
    { line: 8, at: 'Service', has: ['entity.name.section.systemd'] },
    // The unit ends with the block: the next sequence item is YAML again.
    { line: 9, at: 'name', has: [KEY], not: ['meta.embedded.block.systemd'] },
  ]);
});

test('a block scalar starting with a shell shebang embeds the shell grammar', async () => {
  check(await tokenize(UNIT), [
    { line: 16, at: 'echo', has: ['meta.embedded.block.shellscript', 'support.function.builtin.shell'], not: [BLOCK] },
    { line: 17, at: 'mode', has: [SPEC_KEY], not: ['meta.embedded.block.shellscript'] },
  ]);
});

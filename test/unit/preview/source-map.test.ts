// The preview's links: output ranges found by scanning the printed output, source ranges from the YAML tree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonOutputRanges, yamlOutputRanges, pathKey } from '../../../server/src/core/preview/output-ranges';
import { buildSourceMap, innermostAt } from '../../../server/src/core/preview/source-map';
import { transpile } from '../../../server/src/core';
import { parseYaml } from '../../../server/src/core/yaml';
import { CORPUS_DIR, corpusAvailable } from '../../conformance/corpus';

const slice = (text: string, r: [number, number] | undefined) => (r ? text.slice(r[0], r[1]) : undefined);

test('JSON scanner: members cover key and value, items their value, escapes decoded', () => {
  const text = '{\n  "a": {\n    "b\\"c": [\n      1,\n      "x"\n    ]\n  },\n  "d": null\n}';
  const ranges = jsonOutputRanges(text);
  assert.equal(slice(text, ranges.get(pathKey([]))), text);
  assert.equal(slice(text, ranges.get(pathKey(['a', 'b"c', 1]))), '"x"');
  assert.equal(slice(text, ranges.get(pathKey(['a', 'b"c', 0]))), '1');
  assert.equal(slice(text, ranges.get(pathKey(['d']))), '"d": null');
  assert.match(slice(text, ranges.get(pathKey(['a'])))!, /^"a": \{[\s\S]*\}$/);
});

test('JSON scanner agrees with JSON.parse on every recorded pretty output of the corpus', { skip: !corpusAvailable() }, () => {
  const index = JSON.parse(readFileSync(join(CORPUS_DIR, 'index.json'), 'utf8'));
  let checked = 0;
  for (const c of index.cases as { id: string; variant: string; args: string[] }[]) {
    const text = readFileSync(join(CORPUS_DIR, 'cases', c.id, 'expected.pretty.json'), 'utf8');
    if (text === '' || (c.variant === 'openshift' && !c.args.some((a) => a === '--raw' || a === '-r'))) continue;
    const ranges = jsonOutputRanges(text);
    // Every leaf range, parsed alone, is the value JSON.parse finds at that path.
    const walk = (v: unknown, path: (string | number)[]) => {
      const r = ranges.get(pathKey(path));
      assert.ok(r, `${c.id}: no range for ${path.join('.')}`);
      if (v === null || typeof v !== 'object') {
        const piece = text.slice(r[0], r[1]);
        const valueText = typeof path[path.length - 1] === 'string' ? piece.slice(piece.indexOf(':', JSON.stringify(path[path.length - 1]).length - 1) + 1) : piece;
        assert.deepEqual(JSON.parse(valueText), v, `${c.id} at ${path.join('.')}`);
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(JSON.parse(text), []);
    checked++;
  }
  assert.ok(checked > 300, `only ${checked} outputs checked`);
});

test('YAML output ranges: keys with dots and slashes, sequence items', () => {
  const text = 'metadata:\n  labels:\n    machineconfiguration.openshift.io/role: worker\nspec:\n  files:\n    - path: /a\n      mode: 420\n';
  const ranges = yamlOutputRanges(text);
  assert.equal(slice(text, ranges.get(pathKey(['metadata', 'labels', 'machineconfiguration.openshift.io/role']))), 'machineconfiguration.openshift.io/role: worker');
  assert.equal(slice(text, ranges.get(pathKey(['spec', 'files', 0, 'mode']))), 'mode: 420');
});

const SOURCE = `variant: fcos
version: 1.6.0
storage:
  files:
    - path: /etc/hostname
      mode: 0644
      contents:
        inline: myhost
`;

test('source map links the inline contents to the data URL and the version to ignition.version', () => {
  const result = transpile(SOURCE, { pretty: true });
  assert.ok(result.output);
  const map = buildSourceMap(result, parseYaml(SOURCE).root);
  const source = map.find((e) => e.output.join('.') === 'storage.files.0.contents.source');
  assert.ok(source);
  assert.equal(slice(result.output, source.outputRange), '"source": "data:,myhost"');
  assert.equal(slice(SOURCE, source.sourceRange), 'inline: myhost');
  const version = map.find((e) => e.output.join('.') === 'ignition.version');
  assert.equal(slice(SOURCE, version?.sourceRange), 'version: 1.6.0');
  assert.equal(slice(result.output, version?.outputRange), '"version": "3.5.0"');
  // From the source cursor on "0644" to the output `mode` member, and back.
  const mode = innermostAt(map, 'sourceRange', SOURCE.indexOf('0644'));
  assert.equal(slice(result.output, mode?.outputRange), '"mode": 420');
  const back = innermostAt(map, 'outputRange', result.output.indexOf('420'));
  assert.equal(slice(SOURCE, back?.sourceRange), 'mode: 0644');
});

test('openshift: links point into the MachineConfig YAML', () => {
  const src = 'variant: openshift\nversion: 4.21.0\nmetadata:\n  name: x\n  labels:\n    machineconfiguration.openshift.io/role: worker\nstorage:\n  files:\n    - path: /etc/a\n      contents:\n        inline: hi\n';
  const result = transpile(src, { pretty: true });
  assert.equal(result.outputLanguage, 'yaml');
  const map = buildSourceMap(result, parseYaml(src).root);
  const path = map.find((e) => e.output.join('.') === 'spec.config.storage.files.0.path');
  assert.equal(slice(result.output!, path?.outputRange), 'path: /etc/a');
  assert.equal(slice(src, path?.sourceRange), 'path: /etc/a');
  assert.ok(!map.some((e) => e.source.length === 0), 'whole-document sources are left out');
});

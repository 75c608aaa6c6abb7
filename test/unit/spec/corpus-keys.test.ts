// The model against the corpus: every key of clean kitchen-sink inputs exists for that version,
// and every key the reference reported as "unused key" does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, isMap, isSeq, isScalar, Node as YamlNode } from 'yaml';
import { lookupVersion, describeField } from '../../../server/src/core/spec';
import { GoType } from '../../../server/src/core/yaml/gotype';
import { corpusAvailable, corpusCases, caseFile, parseReportPath } from './corpus';

type Seg = string | number;

/** Walks YAML against the Go type tree; returns the paths of keys the type does not have. */
function unknownKeys(node: unknown, type: GoType, path: Seg[], out: Seg[][]): void {
  while (type.kind === 'pointer') type = type.elem;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (type.kind === 'map') unknownKeys(pair.value, type.elem, [...path, key], out);
      else if (type.kind === 'struct') {
        const f = type.fields.find((x) => x.key === key);
        if (!f) out.push([...path, key]);
        else unknownKeys(pair.value, f.type, [...path, key], out);
      }
    }
  } else if (isSeq(node) && type.kind === 'slice') {
    node.items.forEach((item, i) => unknownKeys(item as YamlNode, type.elem, [...path, i], out));
  }
}

test('every key of clean kitchen-sink inputs is in the model for that version', { skip: !corpusAvailable() }, () => {
  let cases = 0;
  for (const c of corpusCases()) {
    if (!c.id.startsWith('kitchen-sink--') || c.status !== 0 || caseFile(c.id, 'expected.stderr.txt') !== '') continue;
    const info = lookupVersion(c.variant!, c.version!);
    assert.ok(info, c.id);
    const doc = parseDocument(caseFile(c.id, 'input.bu'));
    const missing: Seg[][] = [];
    unknownKeys(doc.contents, info.rootType, [], missing);
    assert.deepEqual(missing, [], c.id);
    cases++;
  }
  assert.ok(cases >= 80, `checked ${cases} cases`);
});

test('every struct key of clean kitchen-sink inputs has a description', { skip: !corpusAvailable() }, () => {
  for (const c of corpusCases()) {
    if (!c.id.startsWith('kitchen-sink--') || c.status !== 0 || caseFile(c.id, 'expected.stderr.txt') !== '') continue;
    const doc = parseDocument(caseFile(c.id, 'input.bu'));
    const info = { variant: c.variant!, version: c.version! };
    const visit = (node: unknown, path: Seg[], underMap: boolean) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          const p = [...path, key];
          const d = underMap ? undefined : describeField(info, p);
          if (!underMap) assert.ok(d && d.description.length > 10, `${c.id}: ${p.join('.')}`);
          visit(pair.value, p, d?.shape.startsWith('map') ?? underMap);
        }
      } else if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i], false));
    };
    visit(doc.contents, [], false);
  }
});

test('keys the reference reported as unused are not in the model', { skip: !corpusAvailable() }, () => {
  let checked = 0;
  for (const c of corpusCases()) {
    if (!c.variant || !c.version) continue;
    const info = lookupVersion(c.variant, c.version);
    if (!info) continue;
    for (const line of caseFile(c.id, 'expected.stderr.txt').split('\n')) {
      const m = /^warning at (\$[^,]*), line \d+ col \d+: unused key (.*)$/.exec(line);
      if (!m) continue;
      const path = parseReportPath(m[1]);
      assert.equal(describeField(info, path)?.key === path[path.length - 1] ? 'known' : 'unknown', 'unknown', `${c.id}: ${m[1]}`);
      // ... while its parent is a place the model knows (so the check is about the key itself).
      if (path.length > 1) assert.ok(describeField(info, path.slice(0, -1)) !== undefined || typeof path[path.length - 2] === 'number', `${c.id}: parent of ${m[1]}`);
      checked++;
    }
  }
  assert.ok(checked > 30, `checked ${checked} unused-key reports`);
});

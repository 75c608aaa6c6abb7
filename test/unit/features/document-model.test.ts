// The tolerant line model against an independent YAML parser (the `yaml` package): every key of
// every kitchen-sink config gets the same path (list indexes read as 0), and tricky layouts
// (block scalars, multi-line quoted strings, comments, CRLF, compact lists) are read right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, visit, isScalar, isSeq, isPair, Scalar } from 'yaml';
import { FeatureDocument } from '../../../server/src/core/features/document-model';
import { complete, hover } from '../../../server/src/core/features';
import { fixture } from './markers';

type Seg = string | number;

/** Path of every scalar key, by the `yaml` package, with list indexes as 0. */
function keyPaths(text: string): { offset: number; path: Seg[] }[] {
  const out: { offset: number; path: Seg[] }[] = [];
  visit(parseDocument(text), {
    Pair(_k, pair, ancestors) {
      if (!isScalar(pair.key)) return;
      const path: Seg[] = [];
      for (const a of ancestors) {
        if (isPair(a) && isScalar(a.key)) path.push(String((a.key as Scalar).value));
        else if (isSeq(a)) path.push(0);
      }
      path.push(String((pair.key as Scalar).value));
      out.push({ offset: (pair.key as Scalar).range![0], path });
    },
  });
  return out;
}

function modelPath(doc: FeatureDocument, offset: number): Seg[] | undefined {
  const line = doc.lineAt(offset);
  const col = offset - doc.lineStart(line);
  const k = doc.lines[line].tokens.findIndex((t) => t.kind === 'key' && t.col === col);
  return k < 0 ? undefined : doc.keyPath(line, k);
}

const CASES = join(__dirname, '../../../../shared/conformance/cases');
const kitchenSinks = existsSync(CASES) ? readdirSync(CASES).filter((c) => c.startsWith('kitchen-sink--')) : [];

test('every kitchen-sink key gets the path the yaml package gives it', { skip: kitchenSinks.length === 0 }, () => {
  let checked = 0;
  for (const id of kitchenSinks) {
    const text = readFileSync(join(CASES, id, 'input.bu'), 'utf8');
    const doc = new FeatureDocument(text);
    for (const { offset, path } of keyPaths(text)) {
      assert.deepEqual(modelPath(doc, offset), path, `${id} at offset ${offset}`);
      checked++;
    }
  }
  assert.ok(checked > 5000);
});

test('header detection: quoted values, comments, nested keys named version', () => {
  const doc = new FeatureDocument('# c\nvariant: "flatcar"  # target\nstorage:\n  version: 9\nversion: \'1.1.0\'\n');
  assert.equal(doc.variant, 'flatcar');
  assert.equal(doc.version, '1.1.0');
});

test('multi-line quoted strings and block scalars are not read as keys', () => {
  const text = [
    'variant: fcos',
    'version: 1.5.0',
    'storage:',
    '  files:',
    '    - path: "/etc/a',
    '        b: c"',
    '      contents:',
    '        inline: >-',
    '          key: value',
    '',
    '          other: 1',
    '      mode: 0644',
  ].join('\n');
  const doc = new FeatureDocument(text);
  const keys = doc.lines.flatMap((l) => l.tokens.filter((t) => t.kind === 'key').map((t) => (t as { key: string }).key));
  assert.deepEqual(keys, ['variant', 'version', 'storage', 'files', 'path', 'contents', 'inline', 'mode']);
  assert.deepEqual(modelPath(doc, text.indexOf('mode')), ['storage', 'files', 0, 'mode']);
});

test('CRLF line endings and non-ASCII text keep UTF-16 offsets right', () => {
  const f = fixture('variant: fcos\r\nversion: 1.5.0\r\nstorage:\r\n  files:\r\n    - path: /etc/😀\r\n      ⟦mo‸de⟧: 0644\r\n');
  const h = hover(f.text, f.cursor);
  assert.deepEqual(h?.range, f.range);
  const g = fixture('variant: fcos\r\nversion: 1.5.0\r\npasswd:\r\n  users:\r\n    - name: ü😀\r\n      ‸\r\n');
  const labels = complete(g.text, g.cursor).map((i) => i.label);
  assert.ok(labels.includes('ssh_authorized_keys') && !labels.includes('name'));
});

test('flow collections on one line do not disturb the structure', () => {
  const text = 'variant: fcos\nversion: 1.5.0\nstorage:\n  files: [{path: /a}]\n  links: []\n';
  const doc = new FeatureDocument(text);
  assert.deepEqual(modelPath(doc, text.indexOf('links')), ['storage', 'links']);
});

test('absurdly deep nesting neither exhausts the stack nor gets a path', () => {
  let text = 'variant: fcos\nversion: 1.5.0\n';
  for (let i = 0; i < 3000; i++) text += ' '.repeat(i) + 'a:\n';
  text += ' '.repeat(3000);
  assert.deepEqual(complete(text, text.length), []);
  assert.equal(text[text.length - 3003], "a");
  assert.equal(hover(text, text.length - 3003), null);
});

// Hover fixtures (`⟦…⟧` marks the range the hover must cover), hover for every key of every
// version, and for every key of the corpus's kitchen-sink configs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, visit, isScalar, Scalar } from 'yaml';
import { hover, createFeatureDocument } from '../../../server/src/core/features';
import { listVersions, lookupVersion } from '../../../server/src/core/spec';
import { fixture } from './markers';
import { Position, positions } from './spec-positions';

function hoverAt(marked: string) {
  const f = fixture(marked);
  const h = hover(f.text, f.cursor);
  if (f.range && h) assert.deepEqual(h.range, f.range, 'hover range');
  return h;
}

test('a key: what it does, type, default, Ignition field, versions that have it', () => {
  const h = hoverAt('variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n    - name: a.service\n      ⟦ma‸sk⟧: true\n');
  assert.ok(h);
  assert.match(h.markdown, /\*\*mask\*\* — boolean/);
  assert.match(h.markdown, /Default: `false`/);
  assert.match(h.markdown, /Ignition field: `mask`/);
  assert.match(h.markdown, /fcos \(all versions\)/);
});

test('a Butane-only field says so, with the versions that have it', () => {
  const h = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  filesystems:\n  - device: /dev/vdb\n    ⟦with_mount_un‸it⟧: true\n');
  assert.ok(h);
  assert.match(h.markdown, /Butane-only/);
  assert.match(h.markdown, /fcos 1\.1\.0\+/);
});

test('enum value: its meaning and the allowed values', () => {
  const h = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n    contents:\n      compression: ⟦gz‸ip⟧\n');
  assert.ok(h);
  assert.match(h.markdown, /^`gzip` — /);
  assert.match(h.markdown, /Allowed: .*`gzip`/);
});

test('mode values: octal, symbolic and the decimal the Ignition JSON holds', () => {
  const octal = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n    mode: ⟦06‸44⟧\n');
  assert.ok(octal);
  assert.match(octal.markdown, /\| `0644` \| `rw-r--r--` \| `420` \|/);
  const setuid = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n    mode: 0475‸5\n');
  assert.match(setuid!.markdown, /\| `04755` \| `rwsr-xr-x` \| `2541` \|/);
  const decimal = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  directories:\n  - path: /a\n    mode: 49‸3\n');
  assert.match(decimal!.markdown, /\| `0755` \| `rwxr-xr-x` \| `493` \|/);
  // 644 without the leading zero is decimal: 01204, a sticky bit and odd permissions.
  const slip = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n    mode: 6‸44\n');
  assert.match(slip!.markdown, /`01204`/);
  assert.match(slip!.markdown, /`644` \|/);
  assert.match(slip!.markdown, /decimal/);
  const big = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n    mode: 01‸0000\n');
  assert.match(big!.markdown, /Ignition refuses/);
});

test('variant and version values show the Ignition spec emitted', () => {
  const version = hoverAt('variant: fcos\nversion: ⟦1.5‸.0⟧\n');
  assert.match(version!.markdown, /Ignition spec \*\*3\.4\.0\*\*/);
  const exp = hoverAt('variant: flatcar\nversion: 1.2.0-exp‸erimental\n');
  assert.match(exp!.markdown, /3\.7\.0-experimental/);
  assert.match(exp!.markdown, /Experimental/);
  const os = hoverAt('variant: openshift\nversion: 4.1‸4.0\n');
  assert.match(os!.markdown, /3\.4\.0/);
  const old = hoverAt('variant: fcos\nversion: 1.0‸.0\n');
  assert.match(old!.markdown, /3\.0\.0/);
  const variant = hoverAt('variant: ⟦fc‸os⟧\nversion: 1.3.0\n');
  assert.match(variant!.markdown, /Fedora CoreOS/);
  assert.match(variant!.markdown, /emits Ignition spec \*\*3\.2\.0\*\*/);
  const unknownVersion = hoverAt('variant: fcos\nversion: 1.9‸.0\n');
  assert.match(unknownVersion!.markdown, /no such version/);
  const unknownVariant = hoverAt('variant: fco‸\nversion: 1.0.0\n');
  assert.match(unknownVariant!.markdown, /Did you mean `fcos`/);
});

test('unknown key: an explanation and the nearest valid key', () => {
  const h = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  ⟦fil‸ez⟧:\n  - path: /a\n');
  assert.ok(h);
  assert.match(h.markdown, /unknown key/);
  assert.match(h.markdown, /unused key filez/);
  assert.match(h.markdown, /Did you mean `files`\?/);
});

test('a key from another version: where it exists', () => {
  const h = hoverAt('variant: fcos\nversion: 1.5.0\nsystemd:\n  quadl‸ets: []\n');
  assert.match(h!.markdown, /unknown key/);
  assert.match(h!.markdown, /fcos 1\.8\.0-experimental/);
  const old = hoverAt('variant: fcos\nversion: 1.1.0\npasswd:\n  users:\n  - name: core\n    should_ex‸ist: false\n');
  assert.match(old!.markdown, /fcos 1\.2\.0\+/);
});

test('a field the variant refuses says why', () => {
  const h = hoverAt('variant: r4e\nversion: 1.1.0\nstorage:\n  di‸sks: []\n');
  assert.match(h!.markdown, /disk customization is not supported in this spec version/);
});

test('list entries, map entries, and nothing inside block scalars', () => {
  const entry = hoverAt('variant: fcos\nversion: 1.5.0\npasswd:\n  users:\n  - name: core\n    ssh_authorized_keys:\n    - ⟦ssh-ed25519 AA‸AA⟧\n');
  assert.match(entry!.markdown, /Entry of \*\*ssh_authorized_keys\*\*/);
  const label = hoverAt('variant: openshift\nversion: 4.14.0\nmetadata:\n  name: x\n  labels:\n    machineconfiguration.openshift.io/ro‸le: worker\n');
  assert.match(label!.markdown, /entry of `labels`/);
  assert.equal(hoverAt('variant: fcos\nversion: 1.5.0\nsystemd:\n  units:\n  - name: a.service\n    contents: |\n      [Un‸it]\n'), null);
});

test('without a valid header, hover states its assumption', () => {
  const h = hoverAt('storage:\n  fi‸les: []\n');
  assert.match(h!.markdown, /no `variant` declared; assuming fcos/);
});

for (const { variant, version } of listVersions()) {
  test(`${variant} ${version}: every key in every mapping has a hover`, () => {
    const info = lookupVersion(variant, version)!;
    const all: Position[] = [];
    positions(info.rootType, [], all);
    // One document per mapping, every key of it written out with an empty value.
    for (const { path, keys } of all) {
      let text = `variant: ${variant}\nversion: ${version}\n`;
      let indent = 0;
      let dash = false;
      for (const seg of path) {
        if (typeof seg === 'number') {
          dash = true;
          continue;
        }
        text += ' '.repeat(indent) + (dash ? '- ' : '') + seg + ':\n';
        indent += dash ? 4 : 2;
        dash = false;
      }
      const keyOffsets: [string, number][] = [];
      keys.forEach((k, i) => {
        const prefix = ' '.repeat(indent) + (dash && i === 0 ? '- ' : dash ? '  ' : '');
        keyOffsets.push([k, text.length + prefix.length + 1]);
        text += `${prefix}${k}:\n`;
      });
      const doc = createFeatureDocument(text);
      for (const [k, offset] of keyOffsets) {
        if (path.length === 0 && (k === 'variant' || k === 'version')) continue;
        const h = hover(doc, offset);
        assert.ok(h && h.markdown.length > 0, `no hover for ${k} at ${JSON.stringify(path)}`);
        assert.doesNotMatch(h.markdown, /unknown key/, `${k} at ${JSON.stringify(path)}`);
        assert.match(h.markdown, new RegExp(`^\\*\\*${k}\\*\\*`));
      }
    }
  });
}

const CASES = join(__dirname, '../../../../shared/conformance/cases');
const kitchenSinks = existsSync(CASES) ? readdirSync(CASES).filter((c) => c.startsWith('kitchen-sink--')) : [];

test('every key of every kitchen-sink config has a non-empty hover', { skip: kitchenSinks.length === 0 }, () => {
  let checked = 0;
  for (const id of kitchenSinks) {
    const text = readFileSync(join(CASES, id, 'input.bu'), 'utf8');
    const stderr = readFileSync(join(CASES, id, 'expected.stderr.txt'), 'utf8');
    const doc = createFeatureDocument(text);
    visit(parseDocument(text), {
      Pair(_key, pair) {
        if (!isScalar(pair.key)) return;
        const key = pair.key as Scalar;
        const [start, end] = key.range!;
        for (const offset of [start, Math.floor((start + end) / 2)]) {
          const h = hover(doc, offset);
          assert.ok(h && h.markdown.trim().length > 0, `${id}: no hover for ${String(key.value)} at ${offset}`);
          assert.ok(h.range.start <= offset && offset <= h.range.end, `${id}: range of ${String(key.value)}`);
          if (!stderr.includes(`unused key ${String(key.value)}`)) {
            assert.doesNotMatch(h.markdown, /unknown key/, `${id}: ${String(key.value)}`);
          }
        }
        checked++;
      },
    });
  }
  assert.ok(checked > 10000, `checked ${checked} keys`);
});

test('a key shows where it lands in the Ignition config of the document’s spec version', () => {
  const h = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n    contents:\n      sou‸rce: https://x\n');
  assert.match(h!.markdown, /In the Ignition 3\.4\.0 config: `storage\.files\[\]\.contents\.source`/);
  const sugar = hoverAt('variant: fcos\nversion: 1.5.0\nstorage:\n  files:\n  - path: /a\n    contents:\n      inl‸ine: x\n');
  assert.doesNotMatch(sugar!.markdown, /In the Ignition/);
});

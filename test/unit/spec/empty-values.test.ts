// Empty values (YAML null) in the generated schemas, as the reference Butane v0.29.0 treats them:
// accepted on optional fields (pointer scalars, lists, maps, plain optional scalars; an empty
// struct-valued field only draws a "context tree does not match content tree" warning),
// rejected on required fields (the reference reports e.g. "path not specified"). Each input below
// was run through the reference CLI; the comment says what it did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { nullable, withEmptyValues } from '../../../server/src/core/spec/json-schema-empty-values';

const GENERATED_DIR = join(__dirname, '../../../schemas/generated');

function loadSchema(name: string): any {
  return JSON.parse(readFileSync(join(GENERATED_DIR, name), 'utf8'));
}

function validator(name: string) {
  const ajv = new Ajv({ allErrors: true });
  ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'defaultSnippets']);
  const v = ajv.compile(loadSchema(name));
  return (yaml: string) => v(parseYaml(yaml));
}

const fcos15 = validator('butane-fcos-1.5.0.schema.json');
const head = 'variant: fcos\nversion: 1.5.0\n';

test('pointer scalars and lists may be empty (reference: exit 0, no message, also with --strict)', () => {
  assert.equal(fcos15(head + 'storage:\n  files:\n    - path: /a\n      mode:\n'), true);
  assert.equal(fcos15(head + 'storage:\n  files:\n'), true);
  assert.equal(fcos15(head + 'systemd:\n  units:\n    - name: a.service\n      enabled:\n      contents:\n      dropins:\n      mask:\n'), true);
  assert.equal(fcos15(head + 'passwd:\n  users:\n    - name: a\n      ssh_authorized_keys:\n      groups:\n      password_hash:\n'), true);
  // An enum-valued pointer (format) and a YAML-1.1-boolean pointer (wipe_filesystem).
  assert.equal(fcos15(head + 'storage:\n  filesystems:\n    - device: /dev/vda\n      format:\n      wipe_filesystem:\n'), true);
  // A plain (non-pointer) optional int decodes to 0, which is the default.
  assert.equal(fcos15(head + 'storage:\n  disks:\n    - device: /dev/vda\n      partitions:\n        - label: x\n          number:\n'), true);
});

test('empty struct-valued fields are accepted (reference: exit 0 with a warning; the schema cannot warn)', () => {
  assert.equal(fcos15(head + 'storage:\n'), true);
  assert.equal(fcos15(head + 'storage:\n  files:\n    - path: /a\n      contents:\n'), true);
  assert.equal(fcos15(head + 'storage:\n  luks:\n    - name: a\n      device: /dev/vda\n      clevis:\n'), true);
});

test('empty required fields and wrong types are still rejected (reference: errors)', () => {
  // "path not specified"
  assert.equal(fcos15(head + 'storage:\n  files:\n    - path:\n'), false);
  // "invalid systemd unit extension" (the empty name)
  assert.equal(fcos15(head + 'systemd:\n  units:\n    - name:\n'), false);
  // "cannot unmarshal !!str `abc` into int"
  assert.equal(fcos15(head + 'storage:\n  files:\n    - path: /a\n      mode: abc\n'), false);
  assert.equal(fcos15(head + 'storage:\n  filesystems:\n    - device: /dev/vda\n      format: nope\n'), false);
  // "error parsing variant; must be specified"
  assert.equal(fcos15('variant:\nversion: 1.5.0\n'), false);
});

test('other variants: flatcar and openshift optional fields may be empty too (reference: exit 0)', () => {
  const flatcar = validator('butane-flatcar-1.1.0.schema.json');
  assert.equal(flatcar('variant: flatcar\nversion: 1.1.0\npasswd:\n  users:\n    - name: core\n      uid:\n      home_dir:\n'), true);
  const openshift = validator('butane-openshift-4.14.0.schema.json');
  const metadata = 'metadata:\n  name: a\n  labels:\n    machineconfiguration.openshift.io/role: worker\n';
  assert.equal(openshift('variant: openshift\nversion: 4.14.0\n' + metadata + 'openshift:\n  fips:\n  kernel_type:\n'), true);
  assert.equal(openshift('variant: openshift\nversion: 4.14.0\nmetadata:\n'), false);
});

test('Ignition schemas and the dispatcher are left as generated', () => {
  const ign = loadSchema('ignition-3.4.0.schema.json');
  assert.equal(JSON.stringify(ign).includes('"null"'), false);
});

test('nullable keeps annotations outside and constraints inside', () => {
  assert.deepEqual(nullable({ type: 'integer', description: 'd' }), { type: ['integer', 'null'], description: 'd' });
  assert.deepEqual(nullable({ type: ['string', 'number'] }), { type: ['string', 'number', 'null'] });
  assert.deepEqual(nullable({ $ref: '#/definitions/A', description: 'd' }), {
    anyOf: [{ $ref: '#/definitions/A' }, { type: 'null' }],
    description: 'd',
  });
  assert.deepEqual(nullable({ type: 'string', enum: ['a'], enumDescriptions: ['x'], default: 'a' }), {
    anyOf: [{ type: 'string', enum: ['a'], enumDescriptions: ['x'] }, { type: 'null' }],
    default: 'a',
  });
  assert.deepEqual(nullable({ anyOf: [{ $ref: '#/definitions/B' }] }), { anyOf: [{ $ref: '#/definitions/B' }, { type: 'null' }] });
  // Required properties stay as they are.
  const s = withEmptyValues({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'] });
  assert.deepEqual(s.properties, { a: { type: 'string' }, b: { type: ['string', 'null'] } });
});

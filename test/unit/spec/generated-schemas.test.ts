// The generated JSON Schemas: fresh (regenerated in memory == files on disk), valid draft-07
// that ajv compiles, and they accept what the reference accepted/produced in the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import {
  generateAllSchemas,
  schemaText,
  butaneSchemaFile,
  ignitionSchemaFile,
  GENERATED_COMMENT,
} from '../../../server/src/core/spec/json-schema';
import { listVersions, lookupVersion } from '../../../server/src/core/spec';
import { corpusAvailable, corpusCases, caseFile } from './corpus';

const GENERATED_DIR = join(__dirname, '../../../schemas/generated');

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true });
  // VS Code / yaml-language-server annotations, not validation keywords.
  ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'defaultSnippets']);
  return ajv;
}

// As scripts/gen-schemas.ts writes them.
const generated = generateAllSchemas();

test('generated schemas on disk match a fresh generation (run scripts/gen-schemas.ts)', () => {
  const onDisk = readdirSync(GENERATED_DIR).filter((n) => n.endsWith('.schema.json')).sort();
  assert.deepEqual(onDisk, [...generated.keys()].sort());
  for (const [name, schema] of generated) {
    assert.equal(readFileSync(join(GENERATED_DIR, name), 'utf8'), schemaText(schema), `${name} is stale`);
  }
});

test('one Butane schema per translator and one Ignition schema per spec version, each marked generated', () => {
  for (const { variant, version } of listVersions()) assert.ok(generated.has(butaneSchemaFile(variant, version)));
  for (const v of ['3.0.0', '3.1.0', '3.2.0', '3.3.0', '3.4.0', '3.5.0', '3.6.0', '3.7.0-experimental']) {
    assert.ok(generated.has(ignitionSchemaFile(v)), v);
  }
  assert.ok(generated.has('butane.schema.json'));
  assert.equal(generated.size, 33 + 8 + 1);
  for (const [name, schema] of generated) {
    assert.equal(schema.$comment, GENERATED_COMMENT, name);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#', name);
  }
});

/** An ajv with every generated schema registered under its file name (how they refer to each other). */
function ajvWithAll(): Ajv {
  const ajv = newAjv();
  for (const [name, schema] of generated) ajv.addSchema(schema, name);
  return ajv;
}

test('every generated schema compiles with ajv', () => {
  const ajv = ajvWithAll();
  for (const name of generated.keys()) assert.doesNotThrow(() => ajv.getSchema(name), name);
});

test('butane.schema.json dispatches on variant and version', () => {
  const validate = ajvWithAll().getSchema('butane.schema.json')!;
  assert.equal(validate({ variant: 'fcos', version: '1.1.0', storage: { files: [{ path: '/a', contents: { local: 'a' } }] } }), true);
  assert.equal(validate({ variant: 'fcos', version: '1.0.0', storage: { files: [{ path: '/a', contents: { local: 'a' } }] } }), false);
  assert.equal(validate({ variant: 'r4e', version: '1.0.0', storage: { disks: [] } }), false);
  assert.equal(validate({ variant: 'nope', version: '1.0.0' }), false);
  assert.equal(validate({ version: '1.0.0' }), false);
});

test('enumDescriptions parallel enum; defaultSnippets only use keys of their object', () => {
  const visit = (s: any, where: string) => {
    if (s === null || typeof s !== 'object') return;
    if (Array.isArray(s.enum)) assert.equal(s.enumDescriptions?.length, s.enum.length, where);
    if (Array.isArray(s.defaultSnippets)) {
      for (const sn of s.defaultSnippets) for (const k of Object.keys(sn.body)) assert.ok(k in s.properties, `${where}: snippet key ${k}`);
    }
    for (const [k, v] of Object.entries(s)) if (k !== 'defaultSnippets') visit(v, `${where}.${k}`);
  };
  for (const [name, schema] of generated) visit(schema, name);
});

test('Butane schemas reject what is gated out (contents.local in fcos 1.0.0, quadlets before 0.8)', () => {
  const ajv = newAjv();
  const validate = (variant: string, version: string, doc: unknown) =>
    ajv.compile(generated.get(butaneSchemaFile(variant, version))!)(doc);
  const withLocal = (version: string) => ({ variant: 'fcos', version, storage: { files: [{ path: '/a', contents: { local: 'a' } }] } });
  assert.equal(validate('fcos', '1.0.0', withLocal('1.0.0')), false);
  assert.equal(validate('fcos', '1.1.0', withLocal('1.1.0')), true);
  const quadlet = (variant: string, version: string) => ({ variant, version, systemd: { quadlets: [{ name: 'a.container' }] } });
  assert.equal(validate('fcos', '1.7.0', quadlet('fcos', '1.7.0')), false);
  assert.equal(validate('fcos', '1.8.0-experimental', quadlet('fcos', '1.8.0-experimental')), true);
  assert.equal(validate('fcos', '1.5.0', { variant: 'fcos', version: '1.6.0' }), false);
});

test('the corpus outputs validate against the Ignition schema of their version', { skip: !corpusAvailable() }, () => {
  const ajv = newAjv();
  const validators = new Map<string, ReturnType<Ajv['compile']>>();
  let checked = 0;
  for (const c of corpusCases()) {
    if (c.status !== 0 || !c.variant || !c.version) continue;
    const text = caseFile(c.id, 'expected.compact.json');
    if (text.trim() === '') continue; // --check prints nothing
    // OpenShift without --raw prints a MachineConfig (YAML) that carries the config in spec.config.
    const config = text.startsWith('{') ? JSON.parse(text) : parseYaml(text).spec.config;
    const ign = lookupVersion(c.variant, c.version)!.ignitionVersion;
    let v = validators.get(ign);
    if (!v) validators.set(ign, (v = ajv.compile(generated.get(ignitionSchemaFile(ign))!)));
    assert.ok(v(config), `${c.id}: ${ajv.errorsText(v.errors)}`);
    checked++;
  }
  assert.ok(checked > 400, `checked ${checked}`);
});

test('clean kitchen-sink inputs validate against their Butane schema', { skip: !corpusAvailable() }, () => {
  const ajv = newAjv();
  let checked = 0;
  for (const c of corpusCases()) {
    if (!c.id.startsWith('kitchen-sink--') || c.status !== 0 || caseFile(c.id, 'expected.stderr.txt') !== '') continue;
    const v = ajv.compile(generated.get(butaneSchemaFile(c.variant!, c.version!))!);
    const doc = parseYaml(caseFile(c.id, 'input.bu'));
    assert.ok(v(doc), `${c.id}: ${ajv.errorsText(v.errors)}`);
    checked++;
  }
  assert.ok(checked >= 80);
});

test('inputs the reference translated without any message validate against their Butane schema', { skip: !corpusAvailable() }, () => {
  const ajv = newAjv();
  const failures: string[] = [];
  let checked = 0;
  for (const c of corpusCases()) {
    if (c.status !== 0 || !c.variant || !c.version || caseFile(c.id, 'expected.stderr.txt') !== '') continue;
    const v = ajv.compile(generated.get(butaneSchemaFile(c.variant, c.version))!);
    // Only the first YAML document counts, as in Butane.
    const doc = parseAllDocuments(caseFile(c.id, 'input.bu'))[0]?.toJS();
    if (!v(doc)) failures.push(`${c.id}: ${ajv.errorsText(v.errors)}`);
    checked++;
  }
  assert.deepEqual(failures, []);
  assert.ok(checked > 300, `checked ${checked}`);
});

test('Ignition schemas use JSON keys, pin the spec version and have no Butane sugar', () => {
  const ajv = newAjv();
  const v34 = ajv.compile(generated.get(ignitionSchemaFile('3.4.0'))!);
  const ok = { ignition: { version: '3.4.0' }, storage: { files: [{ path: '/a', contents: { source: 'data:,x' }, mode: 420 }] } };
  assert.equal(v34(ok), true, ajv.errorsText(v34.errors));
  assert.equal(v34({ ...ok, ignition: { version: '3.3.0' } }), false);
  assert.equal(v34({ ignition: { version: '3.4.0' }, storage: { files: [{ path: '/a', contents: { inline: 'x' } }] } }), false);
  assert.equal(v34({ ignition: { version: '3.4.0' }, passwd: { users: [{ name: 'a', ssh_authorized_keys: [] }] } }), false);
  assert.equal(v34({ ignition: { version: '3.4.0' }, passwd: { users: [{ name: 'a', sshAuthorizedKeys: ['k'] }] } }), true);
  assert.equal(v34({ ignition: { version: '3.4.0' }, storage: { files: [{ path: '/a', mode: 0o10000 }] } }), false);
  const v30 = ajv.compile(generated.get(ignitionSchemaFile('3.0.0'))!);
  // kernelArguments arrived with spec 3.3.0.
  assert.equal(v30({ ignition: { version: '3.0.0' }, kernelArguments: {} }), false);
  assert.equal(v34({ ignition: { version: '3.4.0' }, kernelArguments: { shouldExist: ['quiet'] } }), true);
});

test('verification hashes: sha512 only in spec 3.0, sha256 too from 3.1, digest length checked', () => {
  const ajv = newAjv();
  const cfg = (version: string, hash: string) => ({ ignition: { version }, storage: { files: [{ path: '/a', contents: { source: 'https://x/y', verification: { hash } } }] } });
  const v30 = ajv.compile(generated.get(ignitionSchemaFile('3.0.0'))!);
  const v31 = ajv.compile(generated.get(ignitionSchemaFile('3.1.0'))!);
  const sha512 = 'sha512-' + 'a'.repeat(128);
  const sha256 = 'sha256-' + 'b'.repeat(64);
  assert.equal(v30(cfg('3.0.0', sha512)), true);
  assert.equal(v30(cfg('3.0.0', sha256)), false);
  assert.equal(v31(cfg('3.1.0', sha256)), true);
  assert.equal(v31(cfg('3.1.0', 'sha256-' + 'b'.repeat(63))), false);
  assert.equal(v31(cfg('3.1.0', 'md5-' + 'c'.repeat(32))), false);
});

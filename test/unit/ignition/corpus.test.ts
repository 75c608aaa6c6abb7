// The Ignition checks against everything the reference printed in the conformance corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import YAML from 'yaml';
import { IgnitionVersion, isIgnitionVersion, normalizeIgnition, validateIgnition } from '../../../server/src/core/ignition';
import { corpus, findings, goEscape, ignitionOutputs, render } from './helpers';

function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).reverse()) out[k] = reverseKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

test('normalizing any recorded output with its keys reversed gives back the recorded bytes', () => {
  const outputs = ignitionOutputs();
  assert.ok(outputs.length > 300, 'corpus has Ignition outputs');
  for (const { c, doc, version } of outputs) {
    assert.equal(goEscape(JSON.stringify(normalizeIgnition(reverseKeys(doc), version))), c.compact, c.id);
  }
});

/** Ignition-originated warnings the reference printed (path, message), from --raw-errors stderr. */
const IGNITION_WARNINGS = [/setuid\/setgid\/sticky/, /user\/group ignored for hard link/, /insecure plaintext/, /install section/i, /filesystem overwrites partitioned/, /device matches disk with wipeTable/];

test('recorded successful outputs have no Ignition errors, and exactly the recorded Ignition warnings', () => {
  let warnings = 0;
  for (const { c, doc, version } of ignitionOutputs()) {
    const got = findings(doc, version);
    assert.deepEqual(got.filter((l) => l.startsWith('error')), [], c.id);
    const expected = c.stderr
      .split('\n')
      .filter((l) => l.startsWith('warning at') && IGNITION_WARNINGS.some((r) => r.test(l)))
      .map((l) => l.replace(/^warning at [^,]*, line \d+ col \d+: /, ''));
    const gotMessages = got.map((l) => l.replace(/^warning \S+: /, ''));
    assert.deepEqual([...gotMessages].sort(), [...expected].sort(), c.id);
    warnings += expected.length;
  }
  assert.ok(warnings >= 20, 'the corpus exercises Ignition warnings');
});

// A plain Butane config (no sugar) maps to Ignition by renaming keys and turning `inline` into
// a data URL; the reference then reports Ignition's findings at the same (snake_case) paths.
const CAMEL_EXCEPTIONS: Record<string, string> = { size_mib: 'sizeMiB', start_mib: 'startMiB' };
const camel = (k: string): string => CAMEL_EXCEPTIONS[k] ?? k.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
const snake = (k: string): string =>
  Object.entries(CAMEL_EXCEPTIONS).find(([, v]) => v === k)?.[0] ?? k.replace(/[A-Z]/g, (ch) => '_' + ch.toLowerCase());
const SUGAR = /^\s*(?:-\s+)?(local|with_mount_unit|boot_device|trees|grub|inline_local|contents_local|ssh_authorized_keys_local|quadlets|openshift|metadata|layout|mirror|source_local|key_file_local):/m;

function plainButaneToIgnition(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plainButaneToIgnition);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'inline') out.source = 'data:,' + encodeURIComponent(String(x));
      else out[camel(k)] = plainButaneToIgnition(x);
    }
    return out;
  }
  return v;
}

test('configs the reference rejected as "config generated was invalid": same Ignition findings, paths and order', () => {
  const ignitionVersionOf = new Map<string, string>();
  for (const { c, version } of ignitionOutputs()) ignitionVersionOf.set(`${c.variant}/${c.version}`, version);
  const line = /^(error|warning) at (\$[^,]*), line \d+ col \d+: (.*)$/;
  // Butane's own warnings that can accompany Ignition's findings.
  const butaneOnly = /unreasonable mode|field ignored in raw mode/;
  let compared = 0;
  for (const c of corpus()) {
    if (!c.stderr.includes('config generated was invalid') || SUGAR.test(c.input)) continue;
    const version = ignitionVersionOf.get(`${c.variant}/${c.version}`);
    if (!version || !isIgnitionVersion(version)) continue;
    const source = YAML.parse(c.input, { version: '1.1' }) as Record<string, unknown>;
    delete source.variant;
    delete source.version;
    const doc = plainButaneToIgnition(source) as Record<string, Record<string, unknown>>;
    doc.ignition = { ...(doc.ignition ?? {}), version };
    const got = findings(doc, version as IgnitionVersion).map((l) => {
      const m = /^(\S+) \$\.(\S*): (.*)$/.exec(l)!;
      return `${m[1]} $.${m[2].split('.').map(snake).join('.')}: ${m[3]}`;
    });
    const expected = c.stderr
      .split('\n')
      .map((l) => line.exec(l))
      .filter((m): m is RegExpExecArray => m !== null && !butaneOnly.test(m[3]))
      .map((m) => `${m[1]} ${m[2]}: ${m[3]}`);
    assert.deepEqual(got, expected, c.id);
    compared++;
  }
  assert.ok(compared >= 90, `compared ${compared} cases`);
});

test('the paths are json paths with numeric list indexes', () => {
  const entries = validateIgnition({ ignition: { version: '3.4.0' }, storage: { files: [{ path: 'rel' }] } }, '3.4.0');
  assert.deepEqual(render(entries), ['error $.storage.files.0.path: path not absolute']);
  assert.equal(entries[0].tag, 'json');
  assert.deepEqual(entries[0].path, ['storage', 'files', 0, 'path']);
  assert.equal(entries[0].code, 'ignition.path-relative');
});

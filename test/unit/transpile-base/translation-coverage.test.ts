// Invariants the reference checks on its translation sets: every non-zero output field and list
// item has a source, sources are snake_case and outputs camelCase, and a translation either maps a
// path to its camelCase twin or is one of the known sugar expansions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateBase } from '../../../server/src/core/transpile/base';
import { isPlainValueField } from '../../../server/src/core/transpile/base/unit-merge';
import { Path, formatPath } from '../../../server/src/core/types';
import { corpusAvailable, fcosContext, hasBaseMapping, listCases, loadCase, needsRealDecoder } from './corpus-helpers';

/** Output paths Go's DebugVerifyCoverage expects a translation for. */
function nonZeroPaths(value: unknown, path: Path, out: Path[]): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      // an empty resource item ("- {}") has no source in the reference either
      if (nonZeroPaths(item, [...path, i], out) || typeof item !== 'object') out.push([...path, i]);
    });
    return true;
  }
  if (typeof value === 'object') {
    let any = false;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (nonZeroPaths(v, [...path, k], out)) {
        out.push([...path, k]);
        any = true;
      }
    }
    return any;
  }
  return !(isPlainValueField(path) && (value === '' || value === 0));
}

const snake = (s: string) => s.replace(/MiB$/, '_mib').replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());

/** Same path modulo naming; declared units may move behind generated mount units. */
function isIdentity(from: Path, to: Path): boolean {
  const unitShift = (i: number) => i === 2 && from[0] === 'systemd' && from[1] === 'units';
  return from.length === to.length && from.every((seg, i) => (typeof seg === 'number' ? seg === to[i] || unitShift(i) : seg === snake(String(to[i]))));
}

// Source paths of the sugar the base layer expands.
// (A quadlet without any contents records the empty path, as the reference does.)
const SUGAR = [/^\$$/, /\.(inline|local)$/, /\.contents_local$/, /\.ssh_authorized_keys_local(\.\d+)?$/, /^\$\.version$/, /^\$\.storage\.trees\.\d+$/, /^\$\.systemd\.quadlets/, /^\$\.storage\.filesystems(\.\d+\.with_mount_unit)?$/];

test('translation sets cover the output and only hold identity or sugar translations', { skip: !corpusAvailable() }, () => {
  let checked = 0;
  const problems: string[] = [];
  for (const id of listCases(/^(sugar|docs|kitchen-sink|subset)--(fcos|flatcar|r4e|fiot)-/)) {
    const c = loadCase(id);
    if (!c.expected || !hasBaseMapping(c) || needsRealDecoder(c)) continue;
    if (c.input.boot_device !== undefined || c.input.grub !== undefined) continue;
    const out = translateBase(c.input, fcosContext(c));
    if (out.report.some((e) => e.kind === 'error')) continue;
    checked++;
    const paths: Path[] = [];
    nonZeroPaths(out.ignition, [], paths);
    for (const p of paths) if (!out.translations.lookup(p)) problems.push(`${id}: no translation for ${formatPath(p)}`);
    for (const t of out.translations.set.values()) {
      const from = formatPath(t.from);
      const to = formatPath(t.to);
      if (/[A-Z]/.test(from) || to.includes('_')) problems.push(`${id}: naming ${from} → ${to}`);
      if (!isIdentity(t.from, t.to) && !SUGAR.some((r) => r.test(from))) problems.push(`${id}: unexpected ${from} → ${to}`);
    }
  }
  assert.ok(checked > 100, `checked ${checked}`);
  assert.deepEqual(problems.slice(0, 20), []);
});

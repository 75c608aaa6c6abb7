// translateConfig end to end over the corpus cases this layer owns: the source decoded by the
// real decoder, then the outcome compared with what the reference printed (output as data,
// diagnostics without positions, fatal error text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseYaml, unmarshal, findUnusedKeys } from '../../../server/src/core/yaml';
import { lookupVersion } from '../../../server/src/core/spec';
import { translateConfig } from '../../../server/src/core/transpile';
import { NodeFileHost } from '../../../server/src/node/file-host';
import { restoredCaseDir, CaseInfo } from '../../conformance/corpus';
import { corpusAvailable, formatEntries, loadCase } from './corpus-case';

const CASES = path.resolve(__dirname, '../../../../shared/conformance/cases');

/** Invalid UTF-8 in local files is the encoder's business, not this layer's. */
const INVALID_UTF8 = /local-invalid-utf8/;

function hasSymlink(dir: string): boolean {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isSymbolicLink()) return true;
    if (entry.isDirectory() && hasSymlink(path.join(dir, entry.name))) return true;
  }
  return false;
}

/**
 * A case whose recorded result comes from symlinks in its files/ tree (trees turn them into
 * links) cannot pass from a corpus copy that lost them; such copies exist, so detect that.
 */
function lostSymlinks(dir: string): boolean {
  const files = path.join(dir, 'files');
  if (!fs.existsSync(files) || hasSymlink(files)) return false;
  const out = fs.readFileSync(path.join(dir, 'expected.compact.json'), 'utf8');
  const err = fs.readFileSync(path.join(dir, 'expected.stderr.txt'), 'utf8');
  return /"links":|\blinks:/.test(out) || /links are not supported|matching filesystem node has existing contents/.test(err);
}

function ownedCase(id: string, variant: string | undefined): boolean {
  if (!variant || variant === 'rhcos') return false;
  if (variant !== 'fcos') return true;
  return /boot-device|grub|kitchen-sink/.test(id);
}

interface CaseJson {
  args: string[];
  variant?: string;
  version?: string;
}

const ids = corpusAvailable()
  ? fs.readdirSync(CASES).filter((id) => {
      const cj = JSON.parse(fs.readFileSync(path.join(CASES, id, 'case.json'), 'utf8')) as CaseJson;
      return ownedCase(id, cj.variant);
    })
  : [];

function filesDirOf(args: string[]): string | undefined {
  const eq = args.find((a) => a.startsWith('--files-dir='));
  if (eq) return eq.slice('--files-dir='.length);
  const i = args.findIndex((a) => a === '-d' || a === '--files-dir');
  return i >= 0 ? args[i + 1] : undefined;
}

test('the corpus has the cases this layer owns', { skip: !corpusAvailable() && 'no corpus' }, () => {
  assert.ok(ids.length > 500, `only ${ids.length}`);
});

for (const id of ids) {
  const caseDir = path.join(CASES, id);
  // Links lost by this corpus copy are put back in a scratch copy (see restoredCaseDir); a case
  // still without them after that cannot be reproduced and is skipped with that reason.
  const dir = lostSymlinks(caseDir) ? restoredCaseDir({ id, dir: caseDir } as CaseInfo) : caseDir;
  const reason = lostSymlinks(dir)
    ? 'this corpus copy lost the symlinks the case depends on'
    : INVALID_UTF8.test(id)
      ? 'invalid UTF-8 is handled by the encoder'
      : undefined;
  test(`translateConfig matches the reference: ${id}`, { skip: reason }, (t) => {
    const cj = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')) as CaseJson;
    const parsed = parseYaml(fs.readFileSync(path.join(dir, 'input.bu')));
    const info = parsed.error ? undefined : lookupVersion(cj.variant ?? '', cj.version ?? '');
    if (!info) return t.skip('not decodable: the case is about parsing');
    const decoded = unmarshal(parsed.root, info.rootType);
    const unused = findUnusedKeys(parsed.root, info.rootType);
    if (decoded.errors.length > 0 || unused.some((e) => e.kind === 'error')) return t.skip('stops before translation');

    const c = loadCase(id);
    const raw = cj.args.includes('--raw') || cj.args.includes('-r');
    const outcome = translateConfig(decoded.value as Record<string, unknown>, {
      info,
      raw,
      filesDir: filesDirOf(cj.args),
      host: new NodeFileHost(dir),
    });
    // The decoder's findings come first and are not part of this outcome.
    const decoderLines = formatEntries(unused);
    assert.deepEqual(formatEntries(outcome.report), c.diagnostics.slice(decoderLines.length));
    assert.deepEqual(c.diagnostics.slice(0, decoderLines.length), decoderLines);
    assert.equal(outcome.error, c.fatal === 'Config produced warnings and --strict was specified' ? undefined : c.fatal);
    if (c.output !== undefined) {
      assert.equal(outcome.outputLanguage, info.variant === 'openshift' && !raw ? 'yaml' : 'json');
      assert.deepEqual(JSON.parse(JSON.stringify(outcome.final)), c.output);
    }
  });
}

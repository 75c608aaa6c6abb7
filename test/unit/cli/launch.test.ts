// dist/cli.js runs the CLI bundle through a V8 code cache written by the build. The cache may only
// ever make the CLI faster: with it, without it, stale or damaged, every run prints what the
// reference Butane printed (the conformance corpus), and a cache made for other bundle bytes is
// never used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, ensureServerBuilt } from '../../lsp/lsp-client';
import { CORPUS_DIR, corpusAvailable } from '../encoding/corpus';

const DIST = join(REPO, 'dist');
const FILES = ['cli.js', 'cli-main.js', 'cli-main.cache'];

/** Corpus cases with compressed and plain files, a files-dir, warnings and an error (none that needs the corpus's symlinks restored). */
const CASES = [
  'docs--fcos-1.1.0--examples-L124',
  'docs--fcos-1.1.0--upgrading-fcos-L462',
  'kitchen-sink--openshift-4.15.0--kitchen-sink-b-raw',
  'scenario--fcos-1.5.0--k3s-single-node',
  'cli--openshift-4.21.0--openshift-raw-short',
  'meta--bad-version-0',
];

function casesPresent(): string[] {
  return CASES.filter((id) => existsSync(join(CORPUS_DIR, id, 'case.json')));
}

/** A private copy of the built CLI, so the cache can be tampered with. */
function copyCli(): string {
  const dir = mkdtempSync(join(tmpdir(), 'butane-launch-'));
  for (const f of FILES) copyFileSync(join(DIST, f), join(dir, f));
  return dir;
}

function assertMatchesCorpus(cliDir: string, label: string): void {
  const ids = casesPresent();
  assert.ok(ids.length >= 4, 'corpus cases for the launcher test are missing');
  for (const id of ids) {
    const dir = join(CORPUS_DIR, id);
    const { args } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { args: string[] };
    const r = spawnSync(process.execPath, [join(cliDir, 'cli.js'), '--pretty', '--raw-errors', ...args, 'input.bu'], {
      cwd: dir,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    assert.equal(r.stdout.toString('utf8'), readFileSync(join(dir, 'expected.pretty.json'), 'utf8'), `${label}: stdout of ${id}`);
    assert.equal(r.stderr.toString('utf8'), readFileSync(join(dir, 'expected.stderr.txt'), 'utf8'), `${label}: stderr of ${id}`);
    assert.equal(r.status, Number(readFileSync(join(dir, 'expected.status'), 'utf8').trim()), `${label}: status of ${id}`);
  }
}

test('launcher: the build writes a code cache that starts with the exact bundle bytes', async () => {
  await ensureServerBuilt();
  const bundle = readFileSync(join(DIST, 'cli-main.js'));
  const cache = readFileSync(join(DIST, 'cli-main.cache'));
  assert.ok(cache.length > bundle.length, 'the cache holds V8 data after the bundle copy');
  assert.ok(cache.subarray(0, bundle.length).equals(bundle));
});

test('launcher: output is the reference output with a valid, missing, stale or damaged cache', { skip: !corpusAvailable() }, async () => {
  await ensureServerBuilt();
  const dir = copyCli();
  try {
    assertMatchesCorpus(dir, 'valid cache');

    const cache = readFileSync(join(dir, 'cli-main.cache'));
    const bundleLength = readFileSync(join(dir, 'cli-main.js')).length;
    // V8 checks only the source length: a cache made for other bytes of the same length must be refused by the launcher.
    const otherBytes = Buffer.from(cache);
    otherBytes[Math.floor(bundleLength / 2)] ^= 1;
    writeFileSync(join(dir, 'cli-main.cache'), otherBytes);
    assertMatchesCorpus(dir, 'cache of other bundle bytes');

    writeFileSync(join(dir, 'cli-main.cache'), cache.subarray(0, bundleLength + Math.floor((cache.length - bundleLength) / 2)));
    assertMatchesCorpus(dir, 'truncated cache');

    writeFileSync(join(dir, 'cli-main.cache'), cache);
    writeFileSync(join(dir, 'cli-main.js'), Buffer.concat([readFileSync(join(dir, 'cli-main.js')), Buffer.from('\n')]));
    assertMatchesCorpus(dir, 'bundle changed after the cache was written');

    rmSync(join(dir, 'cli-main.cache'));
    assertMatchesCorpus(dir, 'no cache');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('launcher: --version and usage errors behave as before', async () => {
  await ensureServerBuilt();
  const version = spawnSync(process.execPath, [join(DIST, 'cli.js'), '--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^butane-ts .*Butane v0\.29\.0/);
  const bad = spawnSync(process.execPath, [join(DIST, 'cli.js'), '--no-such-flag'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^Usage: butane-ts/);
});

// npm run bench [-- --doc small,medium,large] [--runs N] [--peer] [--probes-only] [--bench-dir DIR] [--keep]
// Measures dist/server.js --stdio with the shared LSP benchmark (../shared/bench, see its README):
// copies the bench to a temporary folder, installs it there, generates the documents and prints
// the tables. --peer also runs yaml-language-server@2.0.0 with the community Butane schema on the
// same documents in the same run. Prints numbers only; asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};

if (flag('--help') || flag('-h')) {
  console.log('usage: npm run bench -- [--doc small,medium,large|all] [--runs N] [--peer] [--probes-only] [--bench-dir DIR] [--keep]');
  process.exit(0);
}

const benchSource = resolve(option('--bench-dir', process.env.BUTANE_BENCH_DIR ?? join(repo, '..', 'shared', 'bench')));
const docs = option('--doc', 'small,medium,large');
const runs = option('--runs', '20');
if (!existsSync(join(benchSource, 'lsp-bench.mjs'))) {
  console.log(`bench: no benchmark found at ${benchSource} (pass --bench-dir DIR or set BUTANE_BENCH_DIR); nothing to do`);
  process.exit(0);
}

function run(cmd, argv, cwd, what) {
  const started = Date.now();
  const r = spawnSync(cmd, argv, { cwd, stdio: 'inherit' });
  console.error(`[bench] ${what}: exit ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) throw new Error(`${what} failed`);
}

const work = mkdtempSync(join(tmpdir(), 'butane-bench-'));
const keep = flag('--keep');
try {
  run(process.execPath, ['esbuild.mjs'], repo, 'build dist/');
  const bench = join(work, 'bench');
  cpSync(benchSource, bench, { recursive: true, filter: (src) => !src.includes(`${'/'}node_modules`) });
  run('npm', [existsSync(join(bench, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund'], bench, 'install the bench');

  const ours = join(work, 'ours.json');
  const common = ['--doc', docs, '--runs', runs, '--doc-dir', join(work, 'docs'), ...(flag('--probes-only') ? ['--probes-only'] : [])];
  run(
    process.execPath,
    ['lsp-bench.mjs', '--server', `node ${join(repo, 'dist', 'server.js')} --stdio`, '--language-id', 'butane', ...common, '--json', ours],
    bench,
    'butane-language-server',
  );
  const results = [ours];

  if (flag('--peer')) {
    const peerDir = join(work, 'peer');
    mkdirSync(peerDir, { recursive: true });
    writeFileSync(join(peerDir, 'package.json'), JSON.stringify({ private: true, name: 'peer' }));
    run('npm', ['install', '--no-audit', '--no-fund', 'yaml-language-server@2.0.0'], peerDir, 'install yaml-language-server@2.0.0');
    const peer = join(work, 'peer.json');
    const server = `node ${join(peerDir, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server')} --stdio`;
    run(process.execPath, ['lsp-bench.mjs', '--server', server, '--config', 'configs/yaml-language-server.json', ...common, '--json', peer], bench, 'yaml-language-server (peer)');
    results.push(peer);
  }

  console.log('\n# Results\n');
  run(process.execPath, ['report.mjs', ...results], bench, 'report');
  if (keep) console.log(`results kept in ${work}`);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

// Bundles the CLI, the language server and the VS Code client into dist/.
// `--e2e-suite` also bundles the real-editor test suite into out/e2e/suite.js (kept out of the vsix).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const e2eSuite = process.argv.includes('--e2e-suite');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

// The CLI is a short-lived process that spends most of its CPU warming up: V8's default interrupt
// budget sends functions to the optimizing compiler after a few hundred calls, and most of that
// compilation never pays back before the process exits. A larger budget (measured on Node 20,
// CPU medians of `dist/cli.js --pretty` on the bench documents: large 735 -> 577 ms, xlarge
// 1585 -> 1431 ms) lets only the truly hot functions tier up. Re-tuned after the engine got faster and
// the code cache came in (CPU medians of 9 interleaved runs, load ~3.5): large 300000 -> 0.37-0.40 s,
// 1000000 -> 0.32-0.34 s, 120000 -> 0.44 s; xlarge unchanged (0.91 s). Applied on Node 20 only, where it was
// measured (V8 prints to stderr for a flag it does not know), and never over a user's own setting.
const CLI_INTERRUPT_BUDGET = 1000000;
const cliBanner = [
  '#!/usr/bin/env node',
  // Ahead of the statement below, or the bundle would lose its strict-mode prologue.
  "'use strict';",
  `if (process.versions.node.split('.')[0] === '20' && !/interrupt[-_]budget/.test(process.execArgv.join(' ') + ' ' + (process.env.NODE_OPTIONS || ''))) require('node:v8').setFlagsFromString('--interrupt-budget=${CLI_INTERRUPT_BUDGET}');`,
].join('\n');

const builds = [
  // dist/cli.js is a small launcher that runs dist/cli-main.js through V8's code cache (see launch.ts).
  { entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: cliBanner } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
];
// mocha stays external: the extension host loads it from node_modules next to the bundle.
if (e2eSuite) builds.push({ entryPoints: ['test/e2e/suite/index.ts'], outfile: 'out/e2e/suite.js', external: ['vscode', 'mocha'] });

for (const b of builds) {
  const options = { ...common, ...b };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
if (!watch) {
  warnIfNotAscii(path.join('dist', 'cli-main.js'));
  writeCliCodeCache();
}

/** The CLI launcher reads an ASCII bundle much faster (see launch.ts); say where a non-ASCII character slipped in. */
function warnIfNotAscii(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((line) => /[^\x00-\x7f]/.test(line));
  if (at >= 0) console.warn(`esbuild.mjs: ${file} line ${at + 1} is not ASCII (a comment in the source?); the CLI starts slower: ${lines[at].trim().slice(0, 120)}`);
}

/**
 * Runs the built CLI once on a sample document and keeps V8's bytecode of what it compiled in
 * dist/cli-main.cache, so later runs skip most parsing and compiling (Node 20, CPU medians of
 * `dist/cli.js --pretty`, launcher + cache vs the single bundle: large 458 -> 436 ms with 21 runs
 * each at load ~18; `--version` 112 -> 105 ms). The cache holds a copy of the bundle and is ignored
 * unless the bundle bytes, the Node/V8 version and the V8 flags all match (the banner sets the same
 * interrupt budget before compiling in both runs; NODE_OPTIONS is left out here so the build
 * machine's flags do not end up in the cache), so a stale or foreign cache costs only a read.
 * In watch mode the bundle changes under it, so no cache is written (and an old one no longer matches).
 * Tried on top and not adopted (no measurable CPU gain, 15 alternating runs at load ~20):
 * --semi-space-growth-factor=16 set at run time (413 vs 411 ms) and --always-sparkplug (419).
 */
function writeCliCodeCache() {
  const cache = path.join('dist', 'cli-main.cache');
  rmSync(cache, { force: true });
  const run = spawnSync(process.execPath, [path.join('dist', 'cli.js'), '--pretty', '--files-dir', 'server/src/cli', 'server/src/cli/code-cache-warm-up.bu'], {
    env: { ...withoutNodeOptions(process.env), BUTANE_TS_WRITE_CODE_CACHE: cache },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Only an optimisation: a failure here is reported but does not fail the build.
  if (run.status !== 0 || !existsSync(cache)) {
    rmSync(cache, { force: true });
    console.warn(`esbuild.mjs: no CLI code cache (warm-up run exited ${run.status}): ${run.stderr}`);
  }
}

function withoutNodeOptions(env) {
  const copy = { ...env };
  delete copy.NODE_OPTIONS;
  return copy;
}

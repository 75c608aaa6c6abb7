// npm test: every test/**/*.test.ts except the real-editor suites, on node's test runner.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test'];
const skipDirs = new Set(['e2e', 'node_modules', 'fixtures']);
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!skipDirs.has(name)) walk(p);
    } else if (name.endsWith('.test.ts')) files.push(p);
  }
}
for (const r of roots) statSync(r).isDirectory() ? walk(r) : files.push(r);

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

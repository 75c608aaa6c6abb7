// Bundles the CLI, the language server and the VS Code client into dist/.
// `--e2e-suite` also bundles the real-editor test suite into out/e2e/suite.js (kept out of the vsix).
import * as esbuild from 'esbuild';

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

const builds = [
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
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

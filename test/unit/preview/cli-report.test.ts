// "Butane: Check Config" output equals the CLI's stderr (without --raw-errors) for corpus configs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliReportText } from '../../../client/src/preview/cli-report';
import { analyze } from '../../../server/src/lsp/analysis';
import { transpileResultOf } from '../../../server/src/lsp/transpile-request';
import { runCli } from '../../../server/src/cli/main';
import { corpusAvailable, loadCases } from '../../conformance/corpus';

test('Check Config text is the CLI stderr for every corpus case without flags', { skip: !corpusAvailable() }, () => {
  let compared = 0;
  let withFindings = 0;
  const differ: string[] = [];
  for (const c of loadCases()) {
    if (c.args.length > 0) continue;
    const bytes = readFileSync(join(c.dir, 'input.bu'));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      continue; // not a text document an editor could hold
    }
    let stderr = '';
    runCli(['--pretty', 'input.bu'], { cwd: c.dir, stdout: () => undefined, stderr: (t) => (stderr += t), readStdin: () => new Uint8Array() });
    const analysis = analyze({ uri: 'file:///x/input.bu', version: 1, getText: () => text }, { strict: false, key: '' }, () => undefined);
    const got = cliReportText(transpileResultOf(analysis), 'input.bu', text);
    compared++;
    if (stderr !== '') withFindings++;
    if (got !== stderr) differ.push(c.id);
  }
  assert.ok(compared > 500, `compared ${compared}`);
  assert.ok(withFindings > 100, `with findings ${withFindings}`);
  assert.deepEqual(differ, []);
});

// Exactness of the incremental diagnostics: seeded random edit sequences over corpus inputs and
// the benchmark's generated documents; after every edit the spliced diagnostics must equal those
// of a full analysis of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Diagnostic } from 'vscode-languageserver';
import { IncrementalDiagnostics } from '../../../server/src/lsp/incremental-diagnostics';
import { AnalysisInputs, analyze } from '../../../server/src/lsp/analysis';
import { diagnosticsOf } from '../../../server/src/lsp/diagnostics';
import { documentFiles } from '../../../server/src/node/document-files';
import { corpusAvailable, loadCases, restoredCaseDir } from '../../conformance/corpus';

// restoredCaseDir rebuilds its scratch copies under os.tmpdir(); other test files running in
// parallel use the same copies, so this file gets a folder of its own.
process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'butane-diag-test-'));
import { editorSettingsFor } from '../../lsp/cli-settings';
import { Edit, editSequence, randomEdit, typingEdit } from './edit-sequences';

function canonical(ds: Diagnostic[]): string[] {
  return ds.map((d) => JSON.stringify([d.range, d.severity, d.code, d.message, d.source, d.data ?? null, d.relatedInformation ?? null])).sort();
}

function runSequence(
  uri: string,
  start: string,
  inputs: AnalysisInputs,
  seed: number,
  steps: number,
  engine: IncrementalDiagnostics,
  edit: Edit = randomEdit,
): void {
  let version = 0;
  for (const text of editSequence(start, seed, steps, edit)) {
    version++;
    const doc = { uri, version, getText: () => text };
    const got = engine.diagnosticsFor(doc, inputs);
    const want = diagnosticsOf(analyze(doc, inputs, () => undefined));
    assert.deepEqual(canonical(got), canonical(want), `seed ${seed}, version ${version}, text:\n${text}`);
  }
}

test('random edits over corpus inputs: incremental diagnostics equal a full analysis after every edit', { skip: !corpusAvailable() && 'corpus not available' }, () => {
  const engine = new IncrementalDiagnostics(() => undefined);
  let sequences = 0;
  loadCases().forEach((c, i) => {
    // Every third case keeps `npm test` quick; the seed is the case's position.
    if (i % 3 !== 0) return;
    const settings = editorSettingsFor(c.args);
    if (!settings) return;
    const dir = restoredCaseDir(c);
    const file = join(dir, 'input.bu');
    const uri = pathToFileURL(file).href;
    const files = documentFiles(uri, settings.filesDir, true);
    const inputs: AnalysisInputs = { filesDir: files.filesDir, host: files.host, strict: settings.strict, key: `${files.key}\u0000${settings.strict}` };
    runSequence(uri, readFileSync(file, 'utf8'), inputs, i + 1, 16, engine);
    engine.delete(uri);
    sequences++;
  });
  assert.ok(sequences > 200, `only ${sequences} sequences ran`);
  // The fast path must actually be exercised, not always fall back.
  assert.ok(engine.stats.spliced > 100, `spliced ${engine.stats.spliced}, full ${engine.stats.full}`);
  console.log(`incremental: ${engine.stats.spliced} spliced, ${engine.stats.full} full analyses over ${sequences} sequences; fallbacks ${JSON.stringify(engine.stats.fallbacks)}`);
});

const GENERATOR = join(__dirname, '..', '..', '..', '..', 'shared', 'bench', 'gen-docs.mjs');
test('typing in values of a generated 1k-line document: exact, and mostly spliced', { skip: !existsSync(GENERATOR) && 'benchmark not available' }, async () => {
  const { generateDoc } = (await import(pathToFileURL(GENERATOR).href)) as { generateDoc(size: string): string };
  const text = generateDoc('medium');
  const engine = new IncrementalDiagnostics(() => undefined);
  const inputs: AnalysisInputs = { strict: false, key: 'none' };
  for (let seed = 1; seed <= 3; seed++) runSequence(`file:///bench-${seed}.bu`, text, inputs, seed, 25, engine, typingEdit);
  console.log(`incremental (1k lines): ${engine.stats.spliced} spliced, ${engine.stats.full} full analyses; fallbacks ${JSON.stringify(engine.stats.fallbacks)}`);
  assert.ok(engine.stats.spliced > engine.stats.full, `spliced ${engine.stats.spliced}, full ${engine.stats.full}`);
});

// Exactness of the incremental preview: seeded random edit sequences (typing, deleting, whole
// lines, undo) over corpus inputs and the benchmark's generated 1k-line document; after every
// edit the butane/transpile answer from the incremental path (output, map, report, fatal...)
// must equal the answer of a full fresh run of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { IncrementalDiagnostics } from '../../../server/src/lsp/incremental-diagnostics';
import { AnalysisInputs, analyze } from '../../../server/src/lsp/analysis';
import { answerOf, transpileResultOf } from '../../../server/src/lsp/transpile-request';
import { buildItemIndex } from '../../../server/src/core/incremental/list-items';
import { parseYaml } from '../../../server/src/core/yaml';
import { documentFiles } from '../../../server/src/node/document-files';
import { corpusAvailable, loadCases, restoredCaseDir } from '../../conformance/corpus';

// restoredCaseDir rebuilds its scratch copies under os.tmpdir(); other test files running in
// parallel use the same copies, so this file gets a folder of its own.
process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'butane-preview-test-'));
import { editorSettingsFor } from '../../lsp/cli-settings';
import { Edit, editSequence, lineEdit, mixedEdit, random, typingEdit } from './edit-sequences';

/** The answer as the client receives it (JSON drops undefined members). */
const wire = (x: unknown) => JSON.parse(JSON.stringify(x));

/**
 * Runs one sequence the way the server sees it: for most versions diagnostics first, then the
 * preview (with or without the map); some versions only get diagnostics (a burst of keystrokes
 * where the client asked once at the end), some only a preview request.
 */
function runSequence(engine: IncrementalDiagnostics, uri: string, start: string, inputs: AnalysisInputs, seed: number, steps: number, edit: Edit): void {
  const rnd = random(seed * 7919);
  let version = 0;
  for (const text of editSequence(start, seed, steps, edit)) {
    version++;
    const doc = { uri, version, getText: () => text };
    const r = rnd();
    if (r < 0.85) engine.diagnosticsFor(doc, inputs);
    if (version > 1 && r >= 0.7 && r < 0.85) continue;
    const includeMap = rnd() < 0.6;
    const got = answerOf(engine.previewFor(doc, inputs, includeMap), { includeMap });
    const want = transpileResultOf(analyze(doc, inputs, () => undefined), { includeMap });
    const difference = firstDifference(wire(got), wire(want));
    assert.equal(difference, undefined, `seed ${seed}, version ${version}, includeMap ${includeMap}: ${difference}`);
  }
}

/** Where two answers first differ (a member path and both values, cut short), or undefined. */
function firstDifference(got: unknown, want: unknown, at = '$'): string | undefined {
  if (typeof got === 'string' && typeof want === 'string') {
    if (got === want) return undefined;
    let i = 0;
    while (i < got.length && got[i] === want[i]) i++;
    return `${at} differs at offset ${i}: got ${JSON.stringify(got.slice(Math.max(0, i - 80), i + 80))}, want ${JSON.stringify(want.slice(Math.max(0, i - 80), i + 80))}`;
  }
  if (typeof got !== 'object' || typeof want !== 'object' || got === null || want === null) {
    return got === want ? undefined : `${at}: got ${JSON.stringify(got)?.slice(0, 300)}, want ${JSON.stringify(want)?.slice(0, 300)}`;
  }
  const keys = new Set([...Object.keys(got), ...Object.keys(want)]);
  for (const k of keys) {
    const d = firstDifference((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return undefined;
}

/** Corpus inputs the incremental path can work on: clean runs with list entries. */
function indexable(text: string): boolean {
  const index = buildItemIndex(parseYaml(text));
  return index !== null && index.segments.length > 0;
}

test('random edits over corpus inputs: the incremental preview equals a full run after every edit', { skip: !corpusAvailable() && 'corpus not available' }, () => {
  const engine = new IncrementalDiagnostics(() => undefined);
  let sequences = 0;
  loadCases().forEach((c, i) => {
    const settings = editorSettingsFor(c.args);
    if (!settings || i % 3 !== 0) return;
    const dir = restoredCaseDir(c);
    const file = join(dir, 'input.bu');
    const text = readFileSync(file, 'utf8');
    if (!indexable(text)) return;
    const uri = pathToFileURL(file).href;
    const files = documentFiles(uri, settings.filesDir, true);
    const inputs: AnalysisInputs = { filesDir: files.filesDir, host: files.host, strict: settings.strict, key: `${files.key}\u0000${settings.strict}` };
    runSequence(engine, uri, text, inputs, i + 1, 14, mixedEdit);
    engine.close(uri);
    sequences++;
  });
  console.log(`preview (corpus): ${sequences} sequences, ${engine.stats.previewSpliced} previews spliced, ${engine.stats.previewFull} full after an edit; fallbacks ${JSON.stringify(engine.stats.fallbacks)}`);
  assert.ok(sequences > 40, `only ${sequences} sequences ran`);
  // The fast path must actually be exercised, not always fall back.
  assert.ok(engine.stats.previewSpliced > 100, `spliced ${engine.stats.previewSpliced}`);
});

const GENERATOR = join(__dirname, '..', '..', '..', '..', 'shared', 'bench', 'gen-docs.mjs');
test('editing a generated 1k-line document: the incremental preview is exact and mostly spliced', { skip: !existsSync(GENERATOR) && 'benchmark not available' }, async () => {
  const { generateDoc } = (await import(pathToFileURL(GENERATOR).href)) as { generateDoc(size: string): string };
  const text = generateDoc('medium');
  const engine = new IncrementalDiagnostics(() => undefined);
  const inputs: AnalysisInputs = { strict: false, key: 'none' };
  runSequence(engine, 'file:///bench-typing.bu', text, inputs, 1, 30, typingEdit);
  runSequence(engine, 'file:///bench-lines.bu', text, inputs, 2, 20, lineEdit);
  runSequence(engine, 'file:///bench-mixed.bu', text, inputs, 3, 20, mixedEdit);
  const strict: AnalysisInputs = { strict: true, key: 'strict' };
  runSequence(engine, 'file:///bench-strict.bu', text, strict, 4, 15, mixedEdit);
  console.log(`preview (1k lines): ${engine.stats.previewSpliced} spliced, ${engine.stats.previewFull} full after an edit; fallbacks ${JSON.stringify(engine.stats.fallbacks)}`);
  assert.ok(engine.stats.previewSpliced > engine.stats.previewFull, `spliced ${engine.stats.previewSpliced}, full ${engine.stats.previewFull}`);
});

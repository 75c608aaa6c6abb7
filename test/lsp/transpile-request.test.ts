// butane/transpile answers what the CLI prints: the pretty output, or none with the fatal text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transpileResultOf, STRICT_FAILURE } from '../../server/src/lsp/transpile-request';
import { Analysis } from '../../server/src/lsp/analysis';
import { LineIndex } from '../../server/src/lsp/line-index';
import { SourceRanges } from '../../server/src/lsp/source-ranges';
import { ReportEntry } from '../../server/src/core/types';

function analysis(strict: boolean, report: ReportEntry[], output?: string, fatal?: string): Analysis {
  const text = 'variant: r4e\nversion: 1.0.0\n';
  const lines = new LineIndex(text);
  return {
    uri: 'file:///a.bu', version: 4, inputsKey: '', readsFiles: false, strict, lines,
    parsed: { text, root: null, documentCount: 1 },
    result: { outputLanguage: 'json', report, output, fatal },
    ranges: new SourceRanges(lines, null),
  };
}

const warning: ReportEntry = {
  kind: 'warning', path: ['storage', 'files', 0, 'mode'], tag: 'yaml', code: 'butane.decimal-mode', line: 6, col: 13,
  message: 'unreasonable mode would be reasonable if specified in octal; remember to add a leading zero',
};

test('report entries carry the CLI path text, position and an editor range', () => {
  const r = transpileResultOf(analysis(false, [warning], '{}'));
  assert.equal(r.output, '{}');
  assert.equal(r.fatal, null);
  assert.equal(r.version, 4);
  assert.equal(r.report[0].path, '$.storage.files.0.mode');
  assert.equal(r.report[0].line, 6);
  assert.equal(r.report[0].col, 13);
});

test('strict with any report entry: no output and the CLI message (corpus cli--r4e-1.0.0--check-strict)', () => {
  const r = transpileResultOf(analysis(true, [warning], '{}'));
  assert.equal(r.output, null);
  assert.equal(r.fatal, STRICT_FAILURE);
  assert.equal(STRICT_FAILURE, 'Config produced warnings and --strict was specified');
  assert.equal(transpileResultOf(analysis(true, [], '{}')).output, '{}', 'a clean config still transpiles');
});

test('a failed run has no output and keeps the fatal text', () => {
  const r = transpileResultOf(analysis(false, [], undefined, 'source config is invalid'));
  assert.equal(r.output, null);
  assert.equal(r.fatal, 'source config is invalid');
});

// ---- The real server over JSON-RPC against the whole corpus ----

import { before } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, ensureServerBuilt, fileUri } from './lsp-client';
import { CORPUS_DIR, corpusAvailable, loadCases, restoredCaseDir, CaseInfo } from '../conformance/corpus';

/**
 * The editor equivalent of a case's CLI flags: `-d DIR` is the `butane.filesDir` setting (taken
 * from the document's folder, which is the case directory), `--strict` the `butane.strict`
 * setting and `--raw` the request's `raw` parameter. `--check` prints nothing on success and has
 * no editor equivalent: those cases are skipped. Undefined = skipped.
 */
function editorEquivalent(args: string[]): { filesDir: string; strict: boolean; raw: boolean } | undefined {
  const out = { filesDir: '', strict: false, raw: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-d' || a === '--files-dir') out.filesDir = args[++i];
    else if (a.startsWith('--files-dir=')) out.filesDir = a.slice('--files-dir='.length);
    else if (a === '--strict' || a === '-s') out.strict = true;
    else if (a === '--raw' || a === '-r') out.raw = true;
    else return undefined;
  }
  return out;
}

before(async () => {
  await ensureServerBuilt();
});

test('every corpus case the reference transpiled: butane/transpile output is the --pretty stdout', { skip: !corpusAvailable() }, async () => {
  const groups = new Map<string, { settings: { filesDir: string; strict: boolean }; cases: { c: CaseInfo; raw: boolean }[] }>();
  let skipped = 0;
  for (const c of loadCases()) {
    const eq = editorEquivalent(c.args);
    // An editor document is text: an input that is not valid UTF-8 cannot be opened as it is.
    const utf8 = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(c.dir, 'input.bu')));
        return true;
      } catch {
        return false;
      }
    })();
    if (!eq || !utf8) {
      skipped++;
      continue;
    }
    const key = `${eq.filesDir}\u0000${eq.strict}`;
    if (!groups.has(key)) groups.set(key, { settings: { filesDir: eq.filesDir, strict: eq.strict }, cases: [] });
    groups.get(key)!.cases.push({ c, raw: eq.raw });
  }
  const failures: string[] = [];
  let compared = 0;
  let withOutput = 0;
  for (const { settings, cases } of groups.values()) {
    const client = new LspClient({ settings, initializationOptions: { trusted: true } });
    try {
      await client.initialize();
      // A few documents in flight at once, as an editor with several open files would have.
      const one = async ({ c, raw }: { c: CaseInfo; raw: boolean }) => {
        const expected = readFileSync(join(c.dir, 'expected.pretty.json'), 'utf8');
        const uri = fileUri(join(restoredCaseDir(c), 'input.bu'));
        client.open(uri, readFileSync(join(c.dir, 'input.bu'), 'utf8'));
        const answer = await client.request('butane/transpile', { textDocument: { uri }, raw });
        client.notify('textDocument/didClose', { textDocument: { uri } });
        const got = answer.result?.output ?? null;
        const want = expected === '' ? null : expected.replace(/\n$/, '');
        compared++;
        if (want !== null) withOutput++;
        if (got !== want) failures.push(`${c.id}: ${got === null ? `no output (${answer.result?.fatal ?? answer.error?.message})` : want === null ? 'output where the reference had none' : 'output differs'}`);
      };
      for (let i = 0; i < cases.length; i += 16) await Promise.all(cases.slice(i, i + 16).map(one));
    } finally {
      await client.shutdown();
    }
  }
  // No editor equivalent: 4 cases use --check (alone or with -s); 2 inputs are not UTF-8
  // (meta--binary-garbage, meta--invalid-utf8-in-string).
  assert.equal(skipped, 6, 'skipped cases');
  assert.ok(compared === 908, `compared ${compared}`);
  assert.ok(withOutput > 400, `cases with output: ${withOutput}`);
  assert.deepEqual(failures, []);
});

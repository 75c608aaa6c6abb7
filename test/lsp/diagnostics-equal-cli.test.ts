// "Same as the CLI": for every corpus case, the server's diagnostics (source "butane") are the
// reference's --raw-errors findings (severity, line, column, message), plus its fatal error when
// that is not just the summary of findings already shown. Runs the server's diagnostics function
// in process over the whole corpus; cases whose flags have no editor setting are counted as skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { analyze, AnalysisInputs } from '../../server/src/lsp/analysis';
import { diagnosticsOf } from '../../server/src/lsp/diagnostics';
import { IncrementalDiagnostics } from '../../server/src/lsp/incremental-diagnostics';
import { documentFiles } from '../../server/src/node/document-files';
import { corpusAvailable, loadCases, restoredCaseDir } from '../conformance/corpus';

// restoredCaseDir rebuilds its scratch copies under os.tmpdir(); other test files running in
// parallel use the same copies, so this file gets a folder of its own.
process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'butane-diag-test-'));
import { editorSettingsFor } from './cli-settings';

/** Editor-only notes of the server, not in the CLI's report. */
const EDITOR_ONLY_CODES = new Set(['butane.extra-document', 'butane.untrusted-workspace', 'butane.internal-error']);
const FATAL_SUMMARIES = new Set(['source config is invalid', 'config generated was invalid']);
const SEVERITY: Record<string, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

interface Line {
  severity: DiagnosticSeverity;
  line?: number;
  col?: number;
  message: string;
}

/** The CLI's findings and fatal error from its stderr. */
function cliLines(stderr: string, strict: boolean): { findings: Line[]; fatal?: string } {
  const findings: Line[] = [];
  let fatal: string | undefined;
  const lines = stderr.split('\n');
  lines.forEach((text, i) => {
    const m =
      /^(error|warning|info) at \S+?(?:, line (\d+) col (\d+))?: (.*)$/.exec(text) ??
      /^(error|warning|info) at ()line (\d+) col (\d+): (.*)$/.exec(text)?.filter((_, k) => k !== 2) ??
      /^(error|warning|info): (.*)$/.exec(text);
    if (m && m.length === 5) {
      const severity = strict && m[1] === 'warning' ? DiagnosticSeverity.Error : SEVERITY[m[1]];
      findings.push({ severity, line: m[2] ? Number(m[2]) : undefined, col: m[3] ? Number(m[3]) : undefined, message: m[4] });
    } else if (m) {
      findings.push({ severity: strict && m[1] === 'warning' ? DiagnosticSeverity.Error : SEVERITY[m[1]], message: m[2] });
    } else if (text.startsWith('Error translating config: ')) {
      fatal = [text.slice('Error translating config: '.length), ...lines.slice(i + 1)].join('\n').replace(/\n+$/, '');
    }
  });
  return { findings, fatal };
}

/** LSP characters count UTF-16 units; the CLI counts code points from 1. */
function cliColumn(text: string, d: Diagnostic): number {
  const lineStart = text.split('\n')[d.range.start.line] ?? '';
  return [...lineStart.slice(0, d.range.start.character)].length + 1;
}

function key(l: Line): string {
  return JSON.stringify([l.severity, l.line ?? null, l.col ?? null, l.message]);
}

test('every corpus case: diagnostics equal the CLI --raw-errors findings', { skip: !corpusAvailable() && 'corpus not available' }, () => {
  const failures: string[] = [];
  let compared = 0;
  let skipped = 0;
  let notText = 0;
  const incremental = new IncrementalDiagnostics(() => undefined);
  for (const c of loadCases()) {
    const settings = editorSettingsFor(c.args);
    if (!settings) {
      skipped++;
      continue;
    }
    const dir = restoredCaseDir(c);
    const file = join(dir, 'input.bu');
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    // Bytes that are not UTF-8 never reach a language server as such (the editor decodes them).
    if (!Buffer.from(text, 'utf8').equals(bytes)) {
      notText++;
      continue;
    }
    compared++;
    const uri = pathToFileURL(file).href;
    const files = documentFiles(uri, settings.filesDir, true);
    const inputs: AnalysisInputs = { filesDir: files.filesDir, host: files.host, strict: settings.strict, key: files.key };
    const doc = { uri, version: 1, getText: () => text };
    const diagnostics = diagnosticsOf(analyze(doc, inputs, () => undefined));
    // The server publishes through the incremental engine: its first run must agree too.
    assert.deepEqual(incremental.diagnosticsFor(doc, inputs), diagnostics);
    incremental.delete(uri);

    const { findings, fatal } = cliLines(readFileSync(join(c.dir, 'expected.stderr.txt'), 'utf8'), settings.strict);
    const ours: Line[] = [];
    let ourFatal: string | undefined;
    for (const d of diagnostics) {
      if (d.source !== 'butane' || EDITOR_ONLY_CODES.has(String(d.code))) continue;
      if (d.code === 'butane.fatal' || d.code === 'butane.yaml-syntax') {
        ourFatal = d.message as string;
        continue;
      }
      const finding = findings.find((f) => f.message === d.message);
      const positioned = finding === undefined || finding.line !== undefined;
      ours.push({ severity: d.severity!, line: positioned ? d.range.start.line + 1 : undefined, col: positioned ? cliColumn(text, d) : undefined, message: d.message as string });
    }
    const want = findings.map(key).sort();
    const got = ours.map(key).sort();
    const hasFindingErrors = findings.some((f) => f.severity === DiagnosticSeverity.Error);
    const wantFatal = fatal !== undefined && !(FATAL_SUMMARIES.has(fatal) && hasFindingErrors) ? fatal : undefined;
    if (JSON.stringify(want) !== JSON.stringify(got) || wantFatal !== ourFatal) {
      failures.push(`${c.id}:\n  cli    ${want.join('\n         ')}${wantFatal ? `\n  fatal  ${wantFatal}` : ''}\n  server ${got.join('\n         ')}${ourFatal ? `\n  fatal  ${ourFatal}` : ''}`);
    }
  }
  console.log(`diagnostics vs CLI: ${compared} cases compared, ${skipped} skipped (--raw has no editor setting), ${notText} skipped (input is not UTF-8 text), ${failures.length} differ`);
  assert.equal(failures.length, 0, failures.slice(0, 10).join('\n'));
});

// Ground truth for editor positions: on a sample of the conformance corpus, every finding the
// reference CLI printed ("error at $.path, line L col C: message") arrives as a diagnostic with
// that message, starting at that line and column. Skipped where the corpus is not beside this
// checkout (a user's fresh clone).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, ensureServerBuilt, fileUri } from './lsp-client';
import { corpusAvailable, loadCases, restoredCaseDir } from '../conformance/corpus';

const available = corpusAvailable();
/** Every Nth case keeps the run to a few seconds while covering all categories and variants. */
const SAMPLE_EVERY = 3;

interface Finding {
  line: number;
  col: number;
  message: string;
  text: string;
}

function findingsOf(stderr: string): Finding[] {
  const out: Finding[] = [];
  for (const text of stderr.split('\n')) {
    const m = /^(?:error|warning|info) at \S+, line (\d+) col (\d+): (.*)$/.exec(text);
    if (m) out.push({ line: Number(m[1]), col: Number(m[2]), message: m[3], text });
  }
  return out;
}

/** The CLI's column counts code points; LSP characters count UTF-16 units. */
function utf16Character(lineText: string, col: number): number {
  return [...lineText].slice(0, col - 1).join('').length;
}

function settingsFor(args: string[]): { filesDir: string; strict: boolean } | undefined {
  if (args.includes('--raw') || args.includes('-r')) return undefined; // a CLI-only output switch
  let filesDir = '';
  args.forEach((a, i) => {
    if (a === '-d' || a === '--files-dir') filesDir = args[i + 1];
    else if (a.startsWith('--files-dir=')) filesDir = a.slice('--files-dir='.length);
  });
  return { filesDir, strict: args.includes('--strict') || args.includes('-s') };
}

before(async () => {
  if (available) await ensureServerBuilt();
});

test('diagnostics sit where the reference CLI reports each finding', { skip: available ? false : 'no ../shared/conformance beside this checkout' }, async () => {
  const client = new LspClient({ settings: {}, initializationOptions: { trusted: true } });
  const misses: string[] = [];
  let checked = 0;
  try {
    await client.initialize();
    for (const [i, c] of loadCases().entries()) {
      if (i % SAMPLE_EVERY !== 0) continue;
      const settings = settingsFor(c.args);
      const findings = findingsOf(readFileSync(join(c.dir, 'expected.stderr.txt'), 'utf8'));
      if (!settings || findings.length === 0) continue;
      // The shared corpus copy lost its symlinks; this gives a scratch copy with them restored.
      const dir = restoredCaseDir(c);
      const text = readFileSync(join(dir, 'input.bu'), 'utf8');
      if (text.includes('\ufffd')) continue; // not valid UTF-8: an editor never sees these bytes
      const lines = text.split(/\r\n|\r|\n/);
      client.options.settings = settings;
      const uri = fileUri(join(dir, 'input.bu'));
      client.open(uri, text);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      client.notify('textDocument/didClose', { textDocument: { uri } });
      for (const f of findings) {
        checked++;
        const start = { line: f.line - 1, character: utf16Character(lines[f.line - 1] ?? '', f.col) };
        const hit = diagnostics.some((d) => d.message === f.message && d.range.start.line === start.line && d.range.start.character === start.character);
        if (!hit) misses.push(`${c.id}: ${f.text}`);
      }
    }
  } finally {
    await client.shutdown();
  }
  assert.ok(checked > 50, `only ${checked} findings checked`);
  assert.deepEqual(misses, [], `${misses.length} of ${checked} findings not at the CLI's position`);
});

// Reads one conformance case as test data: the decoded source (the yaml package's plain parse
// with YAML 1.1 rules, close to what Butane decodes for valid inputs) and what the reference printed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const CASES = path.resolve(__dirname, '../../../../shared/conformance/cases');

export interface CorpusCase {
  input: Record<string, unknown>;
  /** Expected report lines without positions, e.g. "error at $.boot_device.layout: ...". */
  diagnostics: string[];
  /** The final "Error translating config: ..." text, if any. */
  fatal?: string;
  status: number;
  /** expected.compact.json as data (JSON, or the MachineConfig YAML). */
  output?: unknown;
}

export function corpusAvailable(): boolean {
  return fs.existsSync(CASES);
}

export function loadCase(id: string): CorpusCase {
  const dir = path.join(CASES, id);
  const read = (name: string): string => fs.readFileSync(path.join(dir, name), 'utf8');
  const stderr = read('expected.stderr.txt').split('\n').filter((l) => l !== '');
  const fatalLine = stderr.find((l) => l.startsWith('Error translating config: '));
  const diagnostics = stderr
    .filter((l) => /^(error|warning|info) at /.test(l))
    .map((l) =>
      l
        .replace(/, line \d+ col \d+: /, ': ')
        .replace(/, line \d+: /, ': ')
        // An entry at the document root prints its position instead of a path.
        .replace(/^(\w+) at line \d+( col \d+)?: /, '$1 at $: '),
    );
  const compact = read('expected.compact.json');
  let output: unknown;
  if (compact.trim() !== '') output = compact.trimStart().startsWith('{') ? JSON.parse(compact) : parse(compact);
  return {
    // Only the first document counts, as in Butane.
    input: (parseAllDocuments(read('input.bu'), { version: '1.1' }) as { toJS(): unknown }[])[0]?.toJS() as Record<string, unknown>,
    diagnostics,
    fatal: fatalLine?.slice('Error translating config: '.length),
    status: Number(read('expected.status').trim()),
    output,
  };
}

/** Formats report entries the way the reference prints them, without positions. */
export function formatEntries(entries: { kind: string; path: readonly (string | number)[] | null; message: string }[]): string[] {
  return entries.map((e) => `${e.kind} at $${(e.path ?? []).map((s) => '.' + String(s)).join('')}: ${e.message}`);
}

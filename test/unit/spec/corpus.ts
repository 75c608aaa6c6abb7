// Access to the shared conformance corpus for the spec tests.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = process.env.BUTANE_CONFORMANCE_DIR ?? join(__dirname, '../../../../shared/conformance');

export interface CorpusCase {
  id: string;
  category: string;
  variant: string | null;
  version: string | null;
  args: string[];
  status: number;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'index.json'));
}

export function corpusCases(): CorpusCase[] {
  const index = JSON.parse(readFileSync(join(CORPUS_DIR, 'index.json'), 'utf8'));
  return index.cases as CorpusCase[];
}

export function caseFile(id: string, name: string): string {
  return readFileSync(join(CORPUS_DIR, 'cases', id, name), 'utf8');
}

/** "$.storage.files.0.mode" → ["storage", "files", 0, "mode"]. */
export function parseReportPath(text: string): (string | number)[] {
  return text
    .split('.')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

// Reads the conformance corpus for YAML-layer tests: inputs as bytes and the reference's stderr.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = '/work/shared/conformance/cases';

export interface CorpusCase {
  id: string;
  input: Uint8Array;
  stderr: string;
  status: number;
  args: string[];
}

export function corpusAvailable(): boolean {
  return existsSync(CORPUS);
}

export function loadCase(id: string): CorpusCase {
  const dir = join(CORPUS, id);
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { args?: string[] };
  return {
    id,
    input: new Uint8Array(readFileSync(join(dir, 'input.bu'))),
    stderr: readFileSync(join(dir, 'expected.stderr.txt'), 'utf8'),
    status: Number(readFileSync(join(dir, 'expected.status'), 'utf8').trim()),
    args: meta.args ?? [],
  };
}

export function allCases(): CorpusCase[] {
  return readdirSync(CORPUS).sort().map(loadCase);
}

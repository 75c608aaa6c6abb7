// Shared helpers for the Ignition tests: corpus access and compact rendering of findings.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ReportEntry } from '../../../server/src/core/types';
import { IgnitionVersion, validateIgnition, validateIgnitionDuplicates } from '../../../server/src/core/ignition';

export const CORPUS_DIR = process.env.BUTANE_CONFORMANCE_DIR ?? '/work/shared/conformance/cases';

export interface Case {
  id: string;
  variant: string;
  version: string;
  input: string;
  compact: string;
  stderr: string;
}

let cached: Case[] | undefined;
export function corpus(): Case[] {
  if (cached) return cached;
  if (!existsSync(CORPUS_DIR)) throw new Error(`conformance corpus not found at ${CORPUS_DIR}`);
  cached = readdirSync(CORPUS_DIR)
    .sort()
    .map((id) => {
      const dir = join(CORPUS_DIR, id);
      const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { variant: string; version: string };
      return {
        id,
        variant: meta.variant,
        version: meta.version,
        input: readFileSync(join(dir, 'input.bu'), 'utf8'),
        compact: readFileSync(join(dir, 'expected.compact.json'), 'utf8').replace(/\n$/, ''),
        stderr: readFileSync(join(dir, 'expected.stderr.txt'), 'utf8'),
      };
    });
  return cached;
}

/** Cases whose output is an Ignition config (not a MachineConfig, not a failure). */
export function ignitionOutputs(): { c: Case; doc: Record<string, unknown>; version: IgnitionVersion }[] {
  return corpus()
    .filter((c) => c.compact.startsWith('{"ignition"'))
    .map((c) => {
      const doc = JSON.parse(c.compact) as Record<string, unknown>;
      return { c, doc, version: (doc.ignition as { version: IgnitionVersion }).version };
    });
}

/** "error $.a.0.b: message" lines, the way the CLI names paths. */
export function render(entries: ReportEntry[]): string[] {
  return entries.map((e) => `${e.kind} ${e.path && e.path.length ? '$.' + e.path.join('.') : '$'}: ${e.message}`);
}

/** Duplicate checks then semantic validation, the order Butane runs them in. */
export function findings(config: unknown, version: IgnitionVersion): string[] {
  return render([...validateIgnitionDuplicates(config, version), ...validateIgnition(config, version)]);
}

/** Go's encoding/json escaping of characters JSON.stringify leaves alone. */
export function goEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029\ufffd]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

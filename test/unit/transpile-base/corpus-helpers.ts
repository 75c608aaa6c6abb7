// Helpers for checking the base layer against the conformance corpus: load a case, decode its
// input loosely with the `yaml` package, and compare outputs as data (data URLs decoded).
import { readFileSync, existsSync, readdirSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { parseAllDocuments } from 'yaml';
import type { BaseContext, BaseVersion } from '../../../server/src/core/transpile/base';
import type { DataUrlChoice } from '../../../server/src/core/encoding';
import { NodeFileHost } from '../../../server/src/node/file-host';

export const CORPUS = '/work/shared/conformance/cases';

/** Which base version and Ignition version each variant version builds on (from the reference's config packages). */
const BASES: Record<string, [BaseVersion, string]> = {
  'flatcar 1.0.0': ['0.4', '3.3.0'],
  'flatcar 1.1.0': ['0.5', '3.4.0'],
  'flatcar 1.2.0-experimental': ['0.8-exp', '3.7.0-experimental'],
  'r4e 1.0.0': ['0.4', '3.3.0'],
  'r4e 1.1.0': ['0.5', '3.4.0'],
  'r4e 1.2.0-experimental': ['0.8-exp', '3.7.0-experimental'],
  'fiot 1.0.0': ['0.5', '3.4.0'],
  'fiot 1.1.0-experimental': ['0.8-exp', '3.7.0-experimental'],
};
const FCOS_BASES: Record<string, [BaseVersion, string]> = {
  '1.0.0': ['0.1', '3.0.0'],
  '1.1.0': ['0.2', '3.1.0'],
  '1.2.0': ['0.3', '3.2.0'],
  '1.3.0': ['0.3', '3.2.0'],
  '1.4.0': ['0.4', '3.3.0'],
  '1.5.0': ['0.5', '3.4.0'],
  '1.6.0': ['0.6', '3.5.0'],
  '1.7.0': ['0.7', '3.6.0'],
  '1.8.0-experimental': ['0.8-exp', '3.7.0-experimental'],
};

export interface CorpusCase {
  id: string;
  dir: string;
  input: Record<string, unknown>;
  args: string[];
  variant: string;
  version: string;
  status: number;
  stderr: string;
  expected?: Record<string, unknown>;
}

/** Loose decoding with the `yaml` package (YAML 1.1 scalars, first document only). */
function firstDocument(text: string): Record<string, unknown> {
  const docs = parseAllDocuments(text, { version: '1.1' });
  const first = Array.isArray(docs) ? docs[0] : undefined;
  const value = first ? first.toJS() : undefined;
  return value && typeof value === 'object' ? value : {};
}

/**
 * Cases the loose decoding cannot stand in for the real decoder: unknown keys (the decoder drops
 * them), null list items (dropped by yaml.v3), and scalar styles the `yaml` package reads otherwise.
 */
export function needsRealDecoder(c: CorpusCase): boolean {
  return (
    /unused key|context tree does not match/.test(c.stderr) ||
    /yaml11|yaml-styles|mode-weird|null-values|dot-and-slash/.test(c.id)
  );
}

/**
 * The corpus copy on this machine lost the symlinks under files/ (they became regular files), so
 * cases whose expected output has links generated from trees cannot be reproduced from it.
 */
export function treeSymlinksLost(c: CorpusCase): boolean {
  const storage = (c.input.storage ?? {}) as Record<string, unknown>;
  if (!Array.isArray(storage.trees) || storage.trees.length === 0) return false;
  if (/tree-node-conflicts|trees-overrides/.test(c.id)) return true;
  const declared = new Set((Array.isArray(storage.links) ? storage.links : []).map((l: { path?: string }) => l?.path));
  const expectedLinks = ((c.expected?.storage as Record<string, unknown> | undefined)?.links ?? []) as { path: string }[];
  return expectedLinks.some((l) => !declared.has(l.path));
}

export function corpusAvailable(): boolean {
  return existsSync(CORPUS);
}

export function listCases(filter: RegExp): string[] {
  return readdirSync(CORPUS).filter((id) => filter.test(id)).sort();
}

export function loadCase(id: string): CorpusCase {
  const dir = join(CORPUS, id);
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  const status = Number(readFileSync(join(dir, 'expected.status'), 'utf8').trim());
  const compact = readFileSync(join(dir, 'expected.compact.json'), 'utf8');
  return {
    id,
    dir,
    input: firstDocument(readFileSync(join(dir, 'input.bu'), 'utf8')),
    args: meta.args ?? [],
    variant: meta.variant,
    version: meta.version,
    status,
    stderr: readFileSync(join(dir, 'expected.stderr.txt'), 'utf8'),
    expected: status === 0 && compact.trim() !== '' ? JSON.parse(compact) : undefined,
  };
}

function percentEncode(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-_.!~*'()]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/**
 * A stand-in for the Go-exact encoder (node's gzip is not byte-identical to Go's): same choice
 * rules, so sources compare equal after decoding.
 */
export function testEncoder(bytes: Uint8Array, allowCompression: boolean): DataUrlChoice {
  let opaque = ',' + percentEncode(bytes);
  const b64 = ';base64,' + Buffer.from(bytes).toString('base64');
  if (b64.length < opaque.length) opaque = b64;
  if (allowCompression) {
    const gz = ';base64,' + gzipSync(bytes, { level: 9 }).toString('base64');
    if (gz.length + 4 < opaque.length) return { source: 'data:' + gz, compression: 'gzip' };
  }
  return { source: 'data:' + opaque };
}

export function hasBaseMapping(c: CorpusCase): boolean {
  return c.variant === 'fcos' ? c.version in FCOS_BASES : `${c.variant} ${c.version}` in BASES;
}

export function fcosContext(c: CorpusCase): BaseContext {
  const [base, ignitionVersion] = c.variant === 'fcos' ? FCOS_BASES[c.version] : BASES[`${c.variant} ${c.version}`];
  const dIndex = c.args.findIndex((a) => a === '-d' || a === '--files-dir');
  let filesDir = dIndex >= 0 ? c.args[dIndex + 1] : undefined;
  const eq = c.args.find((a) => a.startsWith('--files-dir='));
  if (eq) filesDir = eq.slice('--files-dir='.length);
  return { base, ignitionVersion, filesDir, host: new NodeFileHost(c.dir), dataUrlEncoder: testEncoder };
}

/** Replaces data URLs by their decoded text (gunzipped when compressed) so encoders may differ. */
export function decodeDataUrls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeDataUrls);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    const o = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) {
      if (k === 'source' && typeof x === 'string' && x.startsWith('data:')) {
        const comma = x.indexOf(',');
        const meta = x.slice(5, comma);
        const payload = x.slice(comma + 1);
        let bytes = meta.endsWith(';base64') ? Buffer.from(payload, 'base64') : Buffer.from(unescapeBytes(payload));
        if (o.compression === 'gzip') {
          try {
            bytes = gunzipSync(bytes);
          } catch {
            // user-declared compression over data that is not gzip: compare as is
          }
        }
        out[k] = 'decoded:' + bytes.toString('base64');
      } else if (k === 'compression' && o.source && typeof o.source === 'string' && o.source.startsWith('data:')) {
        out[k] = x === 'gzip' ? '' : x; // compression choice may differ with the stand-in gzip
      } else {
        out[k] = decodeDataUrls(x);
      }
    }
    return out;
  }
  return v;
}

function unescapeBytes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%') {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(s.charCodeAt(i));
  }
  return out;
}

/** Drops what Go's JSON encoding would omit (nil/empty), so raw output compares with the recorded one. */
export function pruneEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(pruneEmpty);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const p = pruneEmpty(x);
      if (p === undefined || p === null) continue;
      if (k === 'number' && p === 0) continue; // partition number is omitempty
      if (Array.isArray(p) && p.length === 0) continue;
      if (typeof p === 'object' && !Array.isArray(p) && Object.keys(p as object).length === 0) continue;
      out[k] = p;
    }
    return out;
  }
  // Lone surrogates stand for invalid UTF-8 bytes, which the JSON encoder writes as U+FFFD.
  if (typeof v === 'string') return v.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return v;
}

export function isSymlink(p: string): boolean {
  return lstatSync(p).isSymbolicLink();
}

// Validation of a whole Ignition document (a user's .ign file in the editor): pick the spec
// version from ignition.version, then run what Ignition's ValidateWithContext runs: the
// semantic rules, the duplicate checks and the unused-key warnings.
import { Path, ReportEntry } from '../types';
import { canonicalSemver } from '../header';
import { IGN } from './messages';
import { IgnType, ROOT_TYPE, structFields } from './model';
import { validateIgnitionAndDuplicates, walkConfig } from './validate';
import { IGNITION_VERSIONS, IgnitionVersion } from './versions';
import { isObj } from './values';
import { canonicalIgnitionKeys, canonicalIgnitionKeysOfNode, canonicalIgnitionKeysOfText, findIgnitionTypeErrors, typeErrorsOfNode } from './decode';
import { parseJsonText } from './go/json-text';

/** The spec version a version text selects (as go-semver compares versions), if supported. */
export function parseIgnitionVersion(text: string): IgnitionVersion | undefined {
  const canonical = canonicalSemver(text);
  return IGNITION_VERSIONS.find((v) => v === canonical);
}

const VERSION_PATH: Path = ['ignition', 'version'];

/** The raw JSON value at an exact path (keys as written, no case folding); `missing` when absent. */
const MISSING = Symbol('missing');
function rawAt(doc: unknown, path: Path): unknown {
  let node: unknown = doc;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(node) || seg >= node.length) return MISSING;
      node = node[seg];
    } else {
      if (!isObj(node) || !Object.prototype.hasOwnProperty.call(node, seg)) return MISSING;
      node = node[seg];
    }
  }
  return node;
}

const jsonPathText = (path: Path): string => ['$', ...path.map(String)].join('.');

/**
 * Ignition's ValidateUnusedKeys: walks the config as Go decoded it and, for every struct, looks at
 * the JSON object written at exactly that path: keys no field of the struct has are warned about.
 * A struct decoded from JSON null (a zero struct, or a null list element) has no object there, which
 * Ignition reports as a mismatch between its context tree and the content.
 */
export function findUnusedIgnitionKeys(config: unknown, version: IgnitionVersion, decoded: unknown = canonicalIgnitionKeys(config, version)): ReportEntry[] {
  const out: ReportEntry[] = [];
  walkConfig(decoded, ROOT_TYPE, [], version, (_value: unknown, type: IgnType, path: Path) => {
    if (type.kind !== 'struct') return;
    const raw = rawAt(config, path);
    if (raw === MISSING) return;
    if (!isObj(raw)) {
      const message = `context tree does not match content tree at ${jsonPathText(path)}. Line and column reporting may be inconsistent. Unused keys may not be reported`;
      out.push({ kind: 'warning', path: [...path], tag: 'json', message, code: 'ignition.context-mismatch' });
      return;
    }
    const known = new Set(structFields(type.name, version).fields.map((f) => f.json));
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) {
        out.push({ kind: 'warning', path: [...path, key], tag: 'json', message: `unused key ${key}`, code: 'ignition.unused-key' });
      }
    }
  });
  return out;
}

/**
 * What Ignition's ValidateWithContext reports for a raw JSON config of `version` (Butane runs it
 * on inline merge/replace configs): semantic rules and duplicates over the config as Go decodes
 * it (keys matched case-insensitively), then unused keys judged on the raw document.
 */
export function validateIgnitionWithContext(json: unknown, version: IgnitionVersion): ReportEntry[] {
  return contextFindings(json, canonicalIgnitionKeys(json, version), version);
}

/**
 * validateIgnitionWithContext over the JSON text itself (already known to be valid JSON), so a key
 * written twice decodes twice, as Go does, instead of the last one silently winning.
 */
export function validateIgnitionTextWithContext(text: string, version: IgnitionVersion): ReportEntry[] {
  return contextFindings(JSON.parse(text), canonicalIgnitionKeysOfText(text, version), version);
}

function contextFindings(raw: unknown, decoded: unknown, version: IgnitionVersion): ReportEntry[] {
  // Rules and duplicates come from one walk, listed in the reference's order: rules first.
  const { findings, duplicates } = validateIgnitionAndDuplicates(decoded, version);
  return [...findings, ...duplicates, ...findUnusedIgnitionKeys(raw, version, decoded)];
}

const jsonKind = (v: unknown): string =>
  Array.isArray(v) ? 'array' : typeof v === 'boolean' ? 'bool' : typeof v === 'number' || typeof v === 'bigint' ? 'number' : typeof v === 'string' ? 'string' : 'object';
const foldsTo = (key: string, name: string): boolean => key.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase() === name;

/**
 * The type error Go reports when it decodes the document into Ignition's version stub (a struct
 * with an anonymous Ignition struct holding Version), before it knows which spec applies.
 */
function versionStubError(json: unknown): ReportEntry | undefined {
  if (!isObj(json)) return undefined;
  const error = (path: Path, message: string): ReportEntry => ({ kind: 'error', path, tag: 'json', message, code: 'ignition.json-type' });
  for (const [key, value] of Object.entries(json)) {
    if (!foldsTo(key, 'ignition') || value === null) continue;
    if (!isObj(value)) {
      return error([key], `json: cannot unmarshal ${jsonKind(value)} into Go struct field versionStub.Ignition of type struct { Version string }`);
    }
    for (const [inner, version] of Object.entries(value)) {
      if (!foldsTo(inner, 'version') || version === null || typeof version === 'string') continue;
      return error([key, inner], `json: cannot unmarshal ${jsonKind(version)} into Go struct field .Ignition.Version of type string`);
    }
  }
  return undefined;
}

/**
 * Validates a parsed Ignition JSON document; entries carry "json" paths. Type mismatches are
 * all reported (Ignition itself prints only the first).
 */
export function validateIgnitionDocument(json: unknown): ReportEntry[] {
  const version = documentVersion(json);
  if (Array.isArray(version)) return version;
  // Values of the wrong JSON type stop Ignition before any validation.
  const typeErrors = findIgnitionTypeErrors(json, version);
  if (typeErrors.length > 0) return typeErrors;
  return validateIgnitionWithContext(json, version);
}

/**
 * validateIgnitionDocument over the JSON text (already known to be valid JSON), read as Go reads
 * it: integers stay exact beyond 2^53 and a key written twice decodes twice. `parsed` is the
 * caller's JSON.parse of the same text, if it has one.
 */
export function validateIgnitionDocumentText(text: string, parsed: unknown = JSON.parse(text)): ReportEntry[] {
  const version = documentVersion(parsed);
  if (Array.isArray(version)) return version;
  // One read as Go's decoder sees the text serves the type check and the decode.
  const root = parseJsonText(text);
  const typeErrors = typeErrorsOfNode(root, version);
  if (typeErrors.length > 0) return typeErrors;
  return contextFindings(parsed, canonicalIgnitionKeysOfNode(root, version), version);
}

/** The spec version a document declares, or the findings that stop it before validation. */
function documentVersion(json: unknown): IgnitionVersion | ReportEntry[] {
  // Ignition first decodes only ignition.version; every spec version has that field.
  const stubError = versionStubError(json);
  if (stubError) return [stubError];
  const stub = canonicalIgnitionKeys(json, '3.0.0');
  const ignition = isObj(stub) && isObj(stub.ignition) ? stub.ignition : {};
  const text = typeof ignition.version === 'string' ? ignition.version : '';
  const error = (message: string, code: string): ReportEntry[] => [{ kind: 'error', path: VERSION_PATH, tag: 'json', message, code }];
  if (canonicalSemver(text) === undefined) return error(IGN.invalidVersion.message, IGN.invalidVersion.code);
  const version = parseIgnitionVersion(text);
  if (!version) return error(IGN.unknownVersion.message, IGN.unknownVersion.code);
  return version;
}

// Validation of a whole Ignition document (a user's .ign file in the editor): pick the spec
// version from ignition.version, then run what Ignition's ValidateWithContext runs: the
// semantic rules, the duplicate checks and the unused-key warnings.
import { Path, ReportEntry } from '../types';
import { canonicalSemver } from '../header';
import { IGN } from './messages';
import { IgnType, ROOT_TYPE, structFields } from './model';
import { validateIgnition, walkConfig } from './validate';
import { validateIgnitionDuplicates } from './duplicates';
import { IGNITION_VERSIONS, IgnitionVersion } from './versions';
import { isObj } from './values';
import { canonicalIgnitionKeys, findIgnitionTypeErrors } from './decode';

/** The spec version a version text selects (as go-semver compares versions), if supported. */
export function parseIgnitionVersion(text: string): IgnitionVersion | undefined {
  const canonical = canonicalSemver(text);
  return IGNITION_VERSIONS.find((v) => v === canonical);
}

const VERSION_PATH: Path = ['ignition', 'version'];

/** Ignition's ValidateUnusedKeys: warns about object keys the version's structs do not have. */
export function findUnusedIgnitionKeys(config: unknown, version: IgnitionVersion): ReportEntry[] {
  const out: ReportEntry[] = [];
  walkConfig(config, ROOT_TYPE, [], version, (value: unknown, type: IgnType, path: Path) => {
    if (type.kind !== 'struct' || !isObj(value)) return;
    const known = new Set(structFields(type.name, version).fields.map((f) => f.json));
    for (const key of Object.keys(value)) {
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
  const decoded = canonicalIgnitionKeys(json, version);
  return [...validateIgnition(decoded, version), ...validateIgnitionDuplicates(decoded, version), ...findUnusedIgnitionKeys(json, version)];
}

/**
 * Validates a parsed Ignition JSON document; entries carry "json" paths. Type mismatches are
 * all reported (Ignition itself prints only the first).
 */
export function validateIgnitionDocument(json: unknown): ReportEntry[] {
  // Ignition first decodes only ignition.version; every spec version has that field.
  const stub = canonicalIgnitionKeys(json, '3.0.0');
  const ignition = isObj(stub) && isObj(stub.ignition) ? stub.ignition : {};
  const text = typeof ignition.version === 'string' ? ignition.version : '';
  const error = (message: string, code: string): ReportEntry[] => [{ kind: 'error', path: VERSION_PATH, tag: 'json', message, code }];
  if (canonicalSemver(text) === undefined) return error(IGN.invalidVersion.message, IGN.invalidVersion.code);
  const version = parseIgnitionVersion(text);
  if (!version) return error(IGN.unknownVersion.message, IGN.unknownVersion.code);
  // Values of the wrong JSON type stop Ignition before any validation.
  const typeErrors = findIgnitionTypeErrors(json, version);
  if (typeErrors.length > 0) return typeErrors;
  return validateIgnitionWithContext(json, version);
}

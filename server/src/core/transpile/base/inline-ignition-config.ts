// Checks an `inline` config under ignition.config (merge/replace) the way the reference does: it
// must parse as an Ignition config, and a config of another spec version is only warned about.
import { Path, ReportEntry } from '../../types';
import { goJsonSyntaxError } from './go-json-syntax';
import { parseJsonMergingDuplicates } from './go-json-merge';
import { canonicalSemver } from '../../header';
import {
  IGNITION_VERSIONS,
  IgnitionVersion,
  findIgnitionTypeErrorsInText,
  isIgnitionVersion,
  validateIgnitionTextWithContext,
  validateIgnitionWithContext,
} from '../../ignition';

export const ERR_CONFIG_NOT_VALID = 'config is not valid';
export const WARN_UNKNOWN_CONFIG_VERSION =
  'skipping validation for the merge/replace ignition config due to an unkown version';

/**
 * The error json.Unmarshal returns when it decodes the text into the spec's types.Config: the
 * first value of the wrong type, anywhere in the document. The base layer always emits a known spec
 * version; should it not, the oldest spec's types stand in (their top-level sections are the same).
 */
function firstDecodingError(text: string, spec: IgnitionVersion | undefined): string | undefined {
  return findIgnitionTypeErrorsInText(text, spec ?? IGNITION_VERSIONS[0])[0]?.message;
}

export interface InlineConfigCheck {
  /** Entries to add to the report. */
  report: ReportEntry[];
  /** True when the config did not parse (the caller then reports ERR_CONFIG_NOT_VALID at `inline`). */
  invalid: boolean;
}

/**
 * `resourcePath` is the yaml path of the resource (e.g. ignition.config.merge.0);
 * `maxVersion` the Ignition spec version the base layer emits.
 */
export function checkInlineIgnitionConfig(text: string, resourcePath: Path, maxVersion: string): InlineConfigCheck {
  const spec = isIgnitionVersion(maxVersion) ? (maxVersion as IgnitionVersion) : undefined;
  const parseError = goJsonSyntaxError(text) ?? firstDecodingError(text, spec);
  if (parseError !== undefined) {
    // The reference reports the decoding error without a path; it ends up at the document root.
    return { invalid: true, report: [{ kind: 'error', path: [], tag: 'yaml', message: parseError, code: 'butane.inline-config-parse' }] };
  }
  const doc = parseJsonMergingDuplicates(text) as Record<string, unknown> | null;
  let version = '';
  if (doc && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc)) {
      if (k.toLowerCase() !== 'ignition' || !v || typeof v !== 'object') continue;
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) if (k2.toLowerCase() === 'version' && typeof v2 === 'string') version = v2;
    }
  }
  // go-semver reads the version loosely ("03.4.0" is 3.4.0) and compares it field by field with
  // the spec's own version: equal means full validation, another parseable version only a warning.
  const semver = canonicalSemver(version);
  if (semver !== undefined && semver !== maxVersion) {
    const warning: ReportEntry = { kind: 'warning', path: [...resourcePath, 'version'], tag: 'yaml', message: WARN_UNKNOWN_CONFIG_VERSION, code: 'butane.inline-config-version' };
    return { invalid: false, report: [warning] };
  }
  if (!isIgnitionVersion(maxVersion)) return { invalid: false, report: [] };
  // Ignition's own validation of the embedded config. The reference keeps the embedded config's
  // paths as they are (e.g. $.storage.files.0.path) and positions them on whatever the Butane
  // document has along that path; tagging them "yaml" keeps them from being re-mapped.
  // A version spelled differently but equal as a semver passes Ignition's own version rule.
  // Otherwise the text itself is judged, so that a key written twice decodes twice, as in Go.
  const findings =
    semver === maxVersion && version !== maxVersion
      ? validateIgnitionWithContext(withIgnitionVersion(doc, maxVersion) ?? {}, maxVersion as IgnitionVersion)
      : validateIgnitionTextWithContext(text, maxVersion as IgnitionVersion);
  return { invalid: false, report: findings.map((e) => ({ ...e, tag: 'yaml' as const })) };
}

/** A copy of `doc` whose ignition.version (matched case-insensitively, as Go decodes) reads `version`. */
function withIgnitionVersion(doc: Record<string, unknown> | null, version: string): Record<string, unknown> | null {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  const out: Record<string, unknown> = { ...doc };
  for (const [k, v] of Object.entries(doc)) {
    if (k.toLowerCase() !== 'ignition' || !v || typeof v !== 'object' || Array.isArray(v)) continue;
    const ignition: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    for (const k2 of Object.keys(ignition)) if (k2.toLowerCase() === 'version' && typeof ignition[k2] === 'string') ignition[k2] = version;
    out[k] = ignition;
  }
  return out;
}

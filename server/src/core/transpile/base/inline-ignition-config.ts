// Checks an `inline` config under ignition.config (merge/replace) the way the reference does: it
// must parse as an Ignition config, and a config of another spec version is only warned about.
import { Path, ReportEntry } from '../../types';
import { goJsonSyntaxError } from './go-json-syntax';
import { parseJsonMergingDuplicates } from './go-json-merge';
import { canonicalSemver } from '../../header';
import {
  IgnitionVersion,
  findIgnitionTypeErrorsInText,
  isIgnitionVersion,
  validateIgnitionTextWithContext,
  validateIgnitionWithContext,
} from '../../ignition';

export const ERR_CONFIG_NOT_VALID = 'config is not valid';
export const WARN_UNKNOWN_CONFIG_VERSION =
  'skipping validation for the merge/replace ignition config due to an unkown version';

type Expect = 'object' | 'array' | 'string';
interface FieldType {
  expect: Expect;
  goType: string;
  /** Struct name and fields, for objects we descend into. */
  struct?: string;
}

// Enough of the Ignition types to reproduce decoding errors in the top-level sections.
const STRUCT_FIELDS: Record<string, Record<string, FieldType>> = {
  Config: {
    ignition: { expect: 'object', goType: 'types.Ignition', struct: 'Ignition' },
    kernelarguments: { expect: 'object', goType: 'types.KernelArguments', struct: 'KernelArguments' },
    passwd: { expect: 'object', goType: 'types.Passwd', struct: 'Passwd' },
    storage: { expect: 'object', goType: 'types.Storage', struct: 'Storage' },
    systemd: { expect: 'object', goType: 'types.Systemd', struct: 'Systemd' },
  },
  Ignition: {
    version: { expect: 'string', goType: 'string' },
    config: { expect: 'object', goType: 'types.IgnitionConfig' },
    proxy: { expect: 'object', goType: 'types.Proxy' },
    security: { expect: 'object', goType: 'types.Security' },
    timeouts: { expect: 'object', goType: 'types.Timeouts' },
  },
  KernelArguments: {
    shouldexist: { expect: 'array', goType: '[]types.KernelArgument' },
    shouldnotexist: { expect: 'array', goType: '[]types.KernelArgument' },
  },
  Passwd: {
    groups: { expect: 'array', goType: '[]types.PasswdGroup' },
    users: { expect: 'array', goType: '[]types.PasswdUser' },
  },
  Storage: {
    directories: { expect: 'array', goType: '[]types.Directory' },
    disks: { expect: 'array', goType: '[]types.Disk' },
    files: { expect: 'array', goType: '[]types.File' },
    filesystems: { expect: 'array', goType: '[]types.Filesystem' },
    links: { expect: 'array', goType: '[]types.Link' },
    luks: { expect: 'array', goType: '[]types.Luks' },
    raid: { expect: 'array', goType: '[]types.Raid' },
  },
  Systemd: {
    units: { expect: 'array', goType: '[]types.Unit' },
  },
};

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}

function matches(v: unknown, expect: Expect): boolean {
  if (v === null) return true; // null leaves a Go value untouched
  if (expect === 'array') return Array.isArray(v);
  if (expect === 'object') return typeof v === 'object' && !Array.isArray(v);
  return typeof v === 'string';
}

/** The first decoding error json.Unmarshal would report (it keeps going and returns the first). */
function firstTypeError(doc: unknown): string | undefined {
  if (doc === null) return undefined;
  if (typeof doc !== 'object' || Array.isArray(doc)) return `json: cannot unmarshal ${jsonKind(doc)} into Go value of type types.Config`;
  const visit = (obj: Record<string, unknown>, struct: string, prefix: string): string | undefined => {
    const fields = STRUCT_FIELDS[struct] ?? {};
    for (const [key, value] of Object.entries(obj)) {
      const field = fields[key.toLowerCase()];
      if (!field) continue;
      const fieldPath = prefix + key;
      if (!matches(value, field.expect)) {
        return `json: cannot unmarshal ${jsonKind(value)} into Go struct field ${struct}.${fieldPath} of type ${field.goType}`;
      }
      if (field.struct && value !== null) {
        const inner = visit(value as Record<string, unknown>, field.struct, fieldPath + '.');
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return visit(doc as Record<string, unknown>, 'Config', '');
}


/**
 * The error json.Unmarshal returns when it decodes the text into the spec's types.Config: the
 * first value of the wrong type, anywhere in the document. Without a known spec version, only the
 * top-level sections are checked.
 */
function firstDecodingError(text: string, spec: IgnitionVersion | undefined): string | undefined {
  if (spec === undefined) return firstTypeError(parseJsonMergingDuplicates(text));
  return findIgnitionTypeErrorsInText(text, spec)[0]?.message;
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

// The spec model at run time: which variant/version exists, which Ignition version it emits,
// and the Go type tree its YAML decodes into. Built from the authored model in /schemas/model.
import { GoStruct } from '../yaml/gotype';
import { IgnitionVersion } from '../ignition';
import { BaseVersion, VARIANT_VERSIONS, VariantVersionEntry, ignitionOf } from '../../../../schemas/model';
import { buildRootType } from './go-types';

export { fieldsAt, describeField, hoverMarkdown, availability } from './field-docs';
export type { FieldDoc } from './field-docs';
export { goTypeName } from './go-types';
export type { NamedGoType } from './go-types';
export type { BaseVersion } from '../../../../schemas/model';

export interface VersionInfo {
  variant: string;
  version: string;
  experimental: boolean;
  ignitionVersion: IgnitionVersion;
  /** The Go type of the whole config (fields of the variant's Config struct). */
  rootType: GoStruct;
}

/** Every variant/version the reference has a translator for (rhcos 0.1.0 excluded: it only refuses). */
export function listVersions(): { variant: string; version: string; experimental: boolean }[] {
  return VARIANT_VERSIONS.map(({ variant, version, experimental }) => ({ variant, version, experimental }));
}

function entryOf(variant: string, version: string): VariantVersionEntry | undefined {
  return VARIANT_VERSIONS.find((e) => e.variant === variant && e.version === version);
}

const infoCache = new Map<string, VersionInfo>();

export function lookupVersion(variant: string, version: string): VersionInfo | undefined {
  const key = `${variant}+${version}`;
  const cached = infoCache.get(key);
  if (cached) return cached;
  const entry = entryOf(variant, version);
  if (!entry) return undefined;
  const info: VersionInfo = {
    variant,
    version,
    experimental: entry.experimental,
    ignitionVersion: ignitionOf(entry.base),
    rootType: buildRootType(entry),
  };
  infoCache.set(key, info);
  return info;
}

/** The base spec version ('0.1' … '0.8-exp') a variant version builds on. */
export function baseVersionOf(variant: string, version: string): BaseVersion | undefined {
  return entryOf(variant, version)?.base;
}

/** The fcos layer version ('1.0' … '1.8-exp') of fcos and openshift versions; undefined elsewhere. */
export function fcosLayerOf(variant: string, version: string): string | undefined {
  return entryOf(variant, version)?.fcosLayer;
}

// The spec model at run time: which variant/version exists, which Ignition version it emits,
// and the Go type tree its YAML decodes into. Built from the authored model in /schemas/model.
import { GoStruct } from '../yaml/gotype';
import { IgnitionVersion } from '../ignition';

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
  throw new Error('listVersions: not implemented yet');
}

export function lookupVersion(_variant: string, _version: string): VersionInfo | undefined {
  throw new Error('lookupVersion: not implemented yet');
}

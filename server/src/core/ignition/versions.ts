// Ignition spec versions and version ranges used by the model's gates.

export const IGNITION_VERSIONS = ['3.0.0', '3.1.0', '3.2.0', '3.3.0', '3.4.0', '3.5.0', '3.6.0', '3.7.0-experimental'] as const;
export type IgnitionVersion = (typeof IGNITION_VERSIONS)[number];

/** Position of a version in IGNITION_VERSIONS (3.0.0 = 0 ... 3.7.0-experimental = 7). */
export function versionIndex(version: IgnitionVersion): number {
  const i = (IGNITION_VERSIONS as readonly string[]).indexOf(version);
  if (i < 0) throw new Error(`unknown Ignition spec version ${version}`);
  return i;
}

/** Minor number of a spec version: "3.4.0" -> 4. */
export function minorOf(version: IgnitionVersion): number {
  return versionIndex(version);
}

export function isIgnitionVersion(text: string): text is IgnitionVersion {
  return (IGNITION_VERSIONS as readonly string[]).includes(text);
}

/** Inclusive range of minor versions, [from, to]; `to` omitted = up to the newest. */
export interface MinorRange {
  from?: number;
  to?: number;
}

export function inRange(minor: number, range: MinorRange | undefined): boolean {
  if (!range) return true;
  if (range.from !== undefined && minor < range.from) return false;
  if (range.to !== undefined && minor > range.to) return false;
  return true;
}

// Ignition spec versions 3.0.0 .. 3.7.0-experimental: output shape and validation.
import { ReportEntry } from '../types';

export const IGNITION_VERSIONS = ['3.0.0', '3.1.0', '3.2.0', '3.3.0', '3.4.0', '3.5.0', '3.6.0', '3.7.0-experimental'] as const;
export type IgnitionVersion = (typeof IGNITION_VERSIONS)[number];

/**
 * Orders keys as the Go structs of that spec version declare them and drops what clarketm/json
 * omits (nil pointers, empty strings/slices with omitempty, zero structs), ready for marshalGoJson.
 */
export function normalizeIgnition(_config: unknown, _version: IgnitionVersion): unknown {
  throw new Error('normalizeIgnition: not implemented yet');
}

/** Ignition's semantic validation of a config of that version; entries carry "json" (camelCase) paths. */
export function validateIgnition(_config: unknown, _version: IgnitionVersion): ReportEntry[] {
  throw new Error('validateIgnition: not implemented yet');
}

/** Ignition's duplicate checks (files/directories/links paths, units, ...); "json" paths. */
export function validateIgnitionDuplicates(_config: unknown, _version: IgnitionVersion): ReportEntry[] {
  throw new Error('validateIgnitionDuplicates: not implemented yet');
}

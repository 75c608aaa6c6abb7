// The base layer shared by every variant (Butane's base/v0_x packages): source validation and
// translation of ignition, storage, systemd, passwd, kernel_arguments, boot, grub-independent parts.
import { FileHost, ReportEntry } from '../../types';
import { TranslationSet } from '../translation-set';

/** Base spec versions; each variant version builds on one of them. */
export type BaseVersion = '0.1' | '0.2' | '0.3' | '0.4' | '0.5' | '0.6' | '0.7' | '0.8-exp';

export interface BaseContext {
  base: BaseVersion;
  /** Ignition spec version the output declares, e.g. "3.4.0". */
  ignitionVersion: string;
  filesDir?: string;
  host?: FileHost;
}

export interface BaseOutcome {
  /** Raw Ignition object (camelCase keys; only set fields present; not yet normalized). */
  ignition: Record<string, unknown>;
  translations: TranslationSet;
  /** Translation-time findings ("yaml" paths, or "json" paths to be mapped through `translations`). */
  report: ReportEntry[];
}

/** The Validate() rules of the base Butane types, over the decoded source; "yaml" paths. */
export function validateBase(_config: Record<string, unknown>, _ctx: BaseContext): ReportEntry[] {
  throw new Error('validateBase: not implemented yet');
}

/** Translates the base part of a decoded config to Ignition. */
export function translateBase(_config: Record<string, unknown>, _ctx: BaseContext): BaseOutcome {
  throw new Error('translateBase: not implemented yet');
}

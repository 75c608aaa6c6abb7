// Butane → Ignition: source validation, translation (base + variant layers), field filters,
// Ignition duplicate and semantic validation, and mapping of every report path back to YAML.
import { FileHost, ReportEntry } from '../types';
import { VersionInfo } from '../spec';
import { TranslationSet } from './translation-set';
import { variantLayer } from './variants';
import { runTranslateFlow } from './flow/translate-flow';

export interface TranslateContext {
  info: VersionInfo;
  filesDir?: string;
  host?: FileHost;
  raw: boolean;
}

export interface TranslateOutcome {
  /**
   * The final document, ready to serialize: an Ignition config already normalized (key order and
   * omission as the Go structs marshal), or for openshift without --raw the MachineConfig object.
   * Undefined when translation failed.
   */
  final?: unknown;
  /** 'yaml' when `final` is a MachineConfig to be printed as YAML. */
  outputLanguage: 'json' | 'yaml';
  /** All entries with "yaml" paths (line/col are added by the caller). */
  report: ReportEntry[];
  /** The fatal error text, e.g. "source config is invalid" or "config generated was invalid". */
  error?: string;
  /**
   * Which source (yaml) path produced which path of `final` (json), for linking the preview to
   * the source. Present when translation got that far.
   */
  translations?: TranslationSet;
}

/** Runs the variant's ToIgn/ToConfig translation on a decoded config. */
export function translateConfig(config: Record<string, unknown>, ctx: TranslateContext): TranslateOutcome {
  const layer = variantLayer(ctx.info.variant, ctx.info.version);
  if (!layer) {
    return { outputLanguage: 'json', report: [], error: `No translator exists for variant ${ctx.info.variant} with version ${ctx.info.version}` };
  }
  return runTranslateFlow(layer, config, ctx);
}

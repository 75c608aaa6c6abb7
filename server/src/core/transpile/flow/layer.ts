// What a variant layer provides to the translate flow.
import { ReportEntry } from '../../types';
import { TranslationSet } from '../translation-set';
import { BaseVersion } from '../base';
import { TranslateContext } from '../index';
import { FieldFilters } from './field-filters';

export type Obj = Record<string, unknown>;

/** The parts of an OpenShift MachineConfig around its Ignition config. */
export interface MachineConfigShell {
  name: string;
  labels: Record<string, string>;
  kernelArguments?: unknown[];
  extensions?: unknown[];
  fips?: boolean;
  kernelType?: string;
}

export interface LayerOutcome {
  /** The raw Ignition config (camelCase keys, not normalized). */
  ignition: Obj;
  /** Present when the output is a MachineConfig wrapping `ignition` under spec.config. */
  machineConfig?: MachineConfigShell;
  /** json paths are those of the output document (with spec.config for a MachineConfig). */
  translations: TranslationSet;
  /** Mixed "yaml" and "json" entries, mapped through `translations` by the flow. */
  report: ReportEntry[];
}

export interface VariantLayer {
  /** The Butane base spec the variant version builds on. */
  base: BaseVersion;
  /** The variant's own Validate rules merged with the base ones, in the reference's walk order. */
  validate(config: Obj, ctx: TranslateContext): ReportEntry[];
  translate(config: Obj, ctx: TranslateContext): LayerOutcome;
  /** Fields the variant refuses in the generated config, if any. */
  filters(ctx: TranslateContext): FieldFilters | undefined;
}

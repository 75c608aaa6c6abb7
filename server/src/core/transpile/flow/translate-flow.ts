// The reference's Translate(): validate the source, translate, map report paths back to the
// source, apply field filters, check Ignition duplicates and semantics, and decide fatality.
import { appendAll } from '../../util/append';
import { Path, ReportEntry } from '../../types';
import { normalizeIgnition, validateIgnitionAndDuplicates } from '../../ignition';
import { TranslateContext, TranslateOutcome } from '../index';
import { verifyFieldFilters } from './field-filters';
import { LayerOutcome, MachineConfigShell, Obj, VariantLayer } from './layer';
import { isFatal, prefixReport } from './report';
import { translateReportPaths } from './report-paths';
import { machineConfigSpecDuplicates } from './machine-config-dups';

export const ERR_INVALID_SOURCE_CONFIG = 'source config is invalid';
export const ERR_INVALID_GENERATED_CONFIG = 'config generated was invalid';

const MC_API_VERSION = 'machineconfiguration.openshift.io/v1';
const MC_KIND = 'MachineConfig';

/** The MachineConfig as its Go struct marshals it (Go sorts map keys; empty labels are omitted). */
function buildMachineConfig(shell: MachineConfigShell, config: unknown): Obj {
  const metadata: Obj = { name: shell.name };
  const labelKeys = Object.keys(shell.labels).sort();
  if (labelKeys.length > 0) metadata.labels = Object.fromEntries(labelKeys.map((k) => [k, shell.labels[k]]));
  const spec: Obj = { config };
  if (shell.kernelArguments && shell.kernelArguments.length > 0) spec.kernelArguments = shell.kernelArguments;
  if (shell.extensions && shell.extensions.length > 0) spec.extensions = shell.extensions;
  if (shell.fips !== undefined) spec.fips = shell.fips;
  if (shell.kernelType !== undefined) spec.kernelType = shell.kernelType;
  return { apiVersion: MC_API_VERSION, kind: MC_KIND, metadata, spec };
}

export function runTranslateFlow(layer: VariantLayer, config: Obj, ctx: TranslateContext): TranslateOutcome {
  const version = ctx.info.ignitionVersion;
  const report: ReportEntry[] = [];
  let translations: TranslateOutcome['translations'];
  const failWith = (error: string): TranslateOutcome => ({ outputLanguage: 'json', report, error, translations });

  appendAll(report, layer.validate(config, ctx));
  if (isFatal(report)) return failWith(ERR_INVALID_SOURCE_CONFIG);

  const translated: LayerOutcome = layer.translate(config, ctx);
  const ts = translated.translations;
  translations = ts;
  appendAll(report, translateReportPaths(translated.report, ts));
  if (isFatal(report)) return failWith(ERR_INVALID_SOURCE_CONFIG);

  const ignition = normalizeIgnition(translated.ignition, version);
  // Where the Ignition config sits in the output document.
  const at: Path = translated.machineConfig ? ['spec', 'config'] : [];

  const filters = layer.filters(ctx);
  if (filters) {
    appendAll(report, translateReportPaths(verifyFieldFilters(ignition, filters, at), ts));
    if (isFatal(report)) return failWith(ERR_INVALID_SOURCE_CONFIG);
  }

  if (translated.machineConfig) appendAll(report, translateReportPaths(machineConfigSpecDuplicates(translated.machineConfig), ts));
  // Duplicates first, then the types' rules, as the reference reports them (one walk for both).
  const checked = validateIgnitionAndDuplicates(ignition, version);
  appendAll(report, translateReportPaths(prefixReport(checked.duplicates, at), ts));
  appendAll(report, translateReportPaths(prefixReport(checked.findings, at), ts));
  if (isFatal(report)) return failWith(ERR_INVALID_GENERATED_CONFIG);

  if (translated.machineConfig) {
    return { final: buildMachineConfig(translated.machineConfig, ignition), outputLanguage: 'yaml', report, translations: ts };
  }
  return { final: ignition, outputLanguage: 'json', report, translations: ts };
}

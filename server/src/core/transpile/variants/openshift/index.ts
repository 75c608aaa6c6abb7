// The openshift variant layer: the fcos translation wrapped in a MachineConfig (or, with --raw,
// plain Ignition with warnings for the MachineConfig-only fields it drops).
import { Path, ReportEntry } from '../../../types';
import { validateBase } from '../../base';
import { TranslationSet } from '../../translation-set';
import { TranslateContext } from '../../index';
import { LayerOutcome, MachineConfigShell, VariantLayer } from '../../flow/layer';
import { isFatal, warningAt } from '../../flow/report';
import { translateReportPaths } from '../../flow/report-paths';
import { addFromCommonObject, descend, prefixPaths, remapTargets } from '../../flow/translation-ops';
import { fcosBaseContext, translateFcos, validateFcosFields } from '../fcos';
import { GRUB_USER_CFG } from '../fcos/grub';
import { MSG } from '../messages';
import { OPENSHIFT_GATES, fcosBase, minorOf, openshiftFcosMinor } from '../versions';
import { Obj, isTrue, list, obj, str } from '../decoded';
import { openshiftFilters } from './filters';
import { checkMcoSupport, checkRhcosSupport } from './support-checks';
import { validateMetadata, validateOpenshiftSection, validateOpenshiftTopLevel } from './validate';

const FIPS_CIPHER_OPTION = '--cipher';
const FIPS_CIPHER_SHORT_OPTION = '-c';
const FIPS_CIPHER_ARGUMENT = 'aes-cbc-essiv:sha256';

/** MachineConfig spec fields besides the config: source key, output key. */
const SPEC_FIELDS: [string, string][] = [
  ['kernel_arguments', 'kernelArguments'],
  ['extensions', 'extensions'],
  ['fips', 'fips'],
  ['kernel_type', 'kernelType'],
];

/** MCO applies the GRUB user.cfg as contents, so the generated append becomes the contents. */
function grubAppendToContents(ignition: Obj, ts: TranslationSet): TranslationSet {
  const files = list(obj(ignition.storage).files);
  const i = files.findIndex((f) => obj(f).path === GRUB_USER_CFG);
  if (i < 0) return ts;
  const file = obj(files[i]);
  const append = list(file.append);
  // Any other shape was written by the user, not by the grub sugar.
  if (append.length !== 1) return ts;
  const { append: _dropped, ...rest } = file;
  const updated: Obj = { ...rest, contents: append[0] };
  files[i] = updated;
  const mappings = new TranslationSet();
  addFromCommonObject(mappings, ['storage', 'files', i, 'append', 0], ['storage', 'files', i, 'contents'], updated.contents);
  return remapTargets(ts, mappings);
}

/** Up to 4.19, FIPS mode pins the LUKS cipher unless the user chose one. */
function addLuksFipsOptions(ignition: Obj, ts: TranslationSet): void {
  list(obj(ignition.storage).luks).forEach((l, i) => {
    const luks = obj(l);
    const options = list(luks.options).map(String);
    const chosen = options.some((o) => o === FIPS_CIPHER_OPTION || o.startsWith(`${FIPS_CIPHER_OPTION}=`) || o === FIPS_CIPHER_SHORT_OPTION);
    if (chosen) return;
    const at: Path = ['spec', 'config', 'storage', 'luks', i, 'options'];
    for (let j = 0; j < 2; j++) ts.add(['openshift', 'fips'], [...at, options.length + j]);
    if (options.length === 0) ts.add(['openshift', 'fips'], at);
    luks.options = [...options, FIPS_CIPHER_OPTION, FIPS_CIPHER_ARGUMENT];
  });
}

/** `wrapped` is false when the fcos translation failed and no MachineConfig was built. */
function translateMachineConfig(
  config: Obj,
  minor: number,
  ctx: TranslateContext,
): LayerOutcome & { machineConfig: MachineConfigShell; wrapped: boolean } {
  const fcosMinor = openshiftFcosMinor(minor);
  const base = fcosBaseContext(fcosMinor, ctx, minor <= OPENSHIFT_GATES.lastWithoutAutoCompression);
  const fcos = translateFcos(config, fcosMinor, base);
  const metadata = obj(config.metadata);
  const shell: MachineConfigShell = { name: str(metadata.name) ?? '', labels: {} };
  if (isFatal(fcos.report)) return { ...fcos, machineConfig: shell, wrapped: false };

  let ts = fcos.translations;
  if (minor >= OPENSHIFT_GATES.grubAsContents) ts = grubAppendToContents(fcos.ignition, ts);
  ts = prefixPaths(ts, [], ['spec', 'config']);
  ts.add(['version'], ['apiVersion']);
  ts.add(['version'], ['kind']);
  ts.add(['metadata'], ['metadata']);
  ts.add(['metadata', 'name'], ['metadata', 'name']);
  ts.add(['metadata', 'labels'], ['metadata', 'labels']);
  ts.add(['version'], ['spec']);
  ts.add([], ['spec', 'config']);
  for (const [k, v] of Object.entries(obj(metadata.labels))) {
    shell.labels[k] = String(v);
    ts.add(['metadata', 'labels', k], ['metadata', 'labels', k]);
  }

  const openshift = obj(config.openshift);
  for (const [from, to] of SPEC_FIELDS) {
    const value = openshift[from];
    if (value === undefined) continue;
    if (Array.isArray(value)) value.forEach((_, i) => ts.add(['openshift', from, i], ['spec', to, i]));
    ts.add(['openshift', from], ['spec', to]);
  }
  if (openshift.kernel_arguments !== undefined) shell.kernelArguments = list(openshift.kernel_arguments);
  if (openshift.extensions !== undefined) shell.extensions = list(openshift.extensions);
  if (typeof openshift.fips === 'boolean') shell.fips = openshift.fips;
  if (typeof openshift.kernel_type === 'string') shell.kernelType = openshift.kernel_type;

  if (minor <= OPENSHIFT_GATES.lastWithFipsLuksOptions && isTrue(shell.fips)) addLuksFipsOptions(fcos.ignition, ts);

  const report = [...fcos.report, ...checkRhcosSupport(fcos.ignition), ...checkMcoSupport(fcos.ignition, minor)];
  return { ignition: fcos.ignition, translations: ts, report, machineConfig: shell, wrapped: true };
}

export function openshiftLayer(version: string): VariantLayer {
  if (!version.startsWith('4.')) throw new Error(`not an openshift 4.x version: ${version}`);
  const minor = minorOf(version);
  const fcosMinor = openshiftFcosMinor(minor);
  return {
    base: fcosBase(fcosMinor),
    validate(config, ctx) {
      // From 4.19 the openshift config has its own top-level rule, which replaces fcos's.
      const out: ReportEntry[] = [];
      if (minor >= OPENSHIFT_GATES.cexKernelArgumentCheck) out.push(...validateOpenshiftTopLevel(config));
      out.push(...validateBase(config, fcosBaseContext(fcosMinor, ctx)));
      out.push(...validateFcosFields(config, fcosMinor));
      out.push(...validateMetadata(config));
      out.push(...validateOpenshiftSection(config));
      return out;
    },
    translate(config, ctx) {
      const { wrapped, ...mc } = translateMachineConfig(config, minor, ctx);
      if (!ctx.raw) return mc;
      if (!wrapped) return { ignition: mc.ignition, translations: descend(mc.translations, ['spec', 'config']), report: mc.report };
      // --raw: plain Ignition; MachineConfig-only settings are dropped with a warning each.
      const openshift = obj(config.openshift);
      const elided = SPEC_FIELDS.filter(([from]) => openshift[from] !== undefined).map(([, to]) =>
        warningAt('json', ['spec', to], MSG.fieldElided, 'butane.openshift-field-ignored-raw'),
      );
      const report = [...mc.report, ...translateReportPaths(elided, mc.translations)];
      return { ignition: mc.ignition, translations: descend(mc.translations, ['spec', 'config']), report };
    },
    filters(ctx) {
      // The reference's filters name MachineConfig paths, so they never match a raw Ignition config.
      return ctx.raw ? undefined : openshiftFilters(minor);
    },
  };
}

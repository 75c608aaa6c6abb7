// The fcos variant layer: base translation plus boot_device and grub sugar and the partition
// checks; validation adds the fcos rules around the base ones.
import { ReportEntry } from '../../../types';
import { BaseContext, translateBase, validateBase } from '../../base';
import { TranslationSet } from '../../translation-set';
import { TranslateContext } from '../../index';
import { LayerOutcome, VariantLayer } from '../../flow/layer';
import { isFatal } from '../../flow/report';
import { FCOS_GATES, fcosBase, minorOf } from '../versions';
import { Obj } from '../decoded';
import { validateBootDevice, validateFcosTopLevel, validateGrub } from './validate';
import { processBootDevice } from './boot-device';
import { processGrubUsers } from './grub';
import { checkPartitions } from './partition-checks';

export function fcosBaseContext(minor: number, ctx: TranslateContext, noResourceAutoCompression = false): BaseContext {
  const base: BaseContext = {
    base: fcosBase(minor),
    ignitionVersion: ctx.info.ignitionVersion,
    filesDir: ctx.filesDir,
    host: ctx.host,
  };
  if (noResourceAutoCompression) base.noResourceAutoCompression = true;
  return base;
}

/** The fcos rules on the fields fcos adds (boot_device, grub), walked after the base fields. */
export function validateFcosFields(config: Obj, minor: number): ReportEntry[] {
  const out: ReportEntry[] = [];
  if (minor >= FCOS_GATES.bootDevice) out.push(...validateBootDevice(config, minor));
  if (minor >= FCOS_GATES.grub) out.push(...validateGrub(config));
  return out;
}

/** fcos's ToIgn3_xUnvalidated: raw Ignition, translations, and the not-yet-mapped report. */
export function translateFcos(config: Obj, minor: number, base: BaseContext): LayerOutcome {
  const translated = translateBase(config, base);
  if (isFatal(translated.report)) {
    // The reference drops the translations here, so json paths fall back to snake case.
    return { ignition: {}, translations: new TranslationSet(), report: translated.report };
  }
  const report = [...translated.report];
  let ignition = translated.ignition;
  let translations = translated.translations;
  if (minor >= FCOS_GATES.bootDevice) {
    ({ ignition, translations } = processBootDevice(config, minor, ignition, translations));
  }
  report.push(...checkPartitions(ignition, minor));
  if (minor >= FCOS_GATES.grub) {
    ({ ignition, translations } = processGrubUsers(config, ignition, translations, !base.noResourceAutoCompression));
  }
  return { ignition, translations, report };
}

export function fcosLayer(version: string): VariantLayer {
  if (!version.startsWith('1.')) throw new Error(`not an fcos 1.x version: ${version}`);
  const minor = minorOf(version);
  return {
    base: fcosBase(minor),
    validate(config, ctx) {
      const out: ReportEntry[] = [];
      if (minor >= FCOS_GATES.s390x) out.push(...validateFcosTopLevel(config));
      out.push(...validateBase(config, fcosBaseContext(minor, ctx)));
      out.push(...validateFcosFields(config, minor));
      return out;
    },
    translate(config, ctx) {
      return translateFcos(config, minor, fcosBaseContext(minor, ctx));
    },
    filters() {
      return undefined;
    },
  };
}

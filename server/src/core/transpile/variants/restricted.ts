// flatcar, r4e and fiot: the base translation with some Ignition fields refused.
import { FieldFilters } from '../flow/field-filters';
import { VariantLayer } from '../flow/layer';
import { translateBase, validateBase, BaseContext } from '../base';
import { TranslateContext } from '../index';
import { TranslationSet } from '../translation-set';
import { isFatal } from '../flow/report';
import { MSG } from './messages';
import { RESTRICTED_BASE, minorOf } from './versions';

/** Refused fields by variant; flatcar's changes with the version. */
function restrictedFilters(variant: string, minor: number): FieldFilters {
  switch (variant) {
    case 'flatcar':
      // Flatcar gained Clevis support but has no CEX.
      return minor >= 2 ? { refused: { 'storage.luks.cex': MSG.cexNotSupported } } : { refused: { 'storage.luks.clevis': MSG.clevisSupport } };
    case 'r4e':
    case 'fiot':
      // Image-based systems: no kernel arguments or disk layout changes.
      return {
        refused: {
          kernelArguments: MSG.generalKernelArgumentSupport,
          'storage.disks': MSG.diskSupport,
          'storage.filesystems': MSG.filesystemSupport,
          'storage.luks': MSG.luksSupport,
          'storage.raid': MSG.raidSupport,
        },
      };
    default:
      throw new Error(`not a restricted variant: ${variant}`);
  }
}

export function restrictedLayer(variant: string, version: string): VariantLayer {
  const minor = version.startsWith('1.') ? minorOf(version) : -1;
  const base = RESTRICTED_BASE[variant]?.[minor];
  if (!base) throw new Error(`no base spec known for ${variant} ${version}`);
  const baseContext = (ctx: TranslateContext): BaseContext => ({
    base,
    ignitionVersion: ctx.info.ignitionVersion,
    filesDir: ctx.filesDir,
    host: ctx.host,
  });
  const filters = restrictedFilters(variant, minor);
  return {
    base,
    validate: (config, ctx) => validateBase(config, baseContext(ctx)),
    translate: (config, ctx) => {
      const out = translateBase(config, baseContext(ctx));
      // On failure the reference drops the translations, so json paths fall back to snake case.
      if (isFatal(out.report)) return { ignition: {}, translations: new TranslationSet(), report: out.report };
      return { ignition: out.ignition, translations: out.translations, report: out.report };
    },
    filters: () => filters,
  };
}

// The base layer shared by every variant (Butane's base/v0_x packages): source validation and
// translation of ignition, storage, systemd, passwd, kernel_arguments, boot, grub-independent parts.
import { FileHost, ReportEntry } from '../../types';
import { TranslationSet } from '../translation-set';
import { DataUrlEncoder } from './data-url';
import { BASE_HOOKS } from './hooks';
import { addMountUnits } from './mount-units';
import { processQuadlets } from './quadlets';
import { Obj, TranslateEnv, Translator, isObj } from './translator';
import { processTrees } from './trees';
import { validateBaseConfig } from './validate';
import { hasGate } from './versions';

export { baseAtLeast, hasGate, GATES } from './versions';
export { looksLikeDecimalMode, isTypicalMode, WARN_DECIMAL_MODE } from './decimal-mode';
export { unitNamePathEscape } from './systemd-escape';
export { renderMountUnit } from './mount-units';
export { cleanPath, joinPath, isWithinFilesDir, readLocalFile, ERR_NO_FILES_DIR, ERR_FILES_DIR_ESCAPE } from './files-dir';
export { makeDataUrl, type DataUrlEncoder } from './data-url';
export { camelKey } from './model';

/** Base spec versions; each variant version builds on one of them. */
export type BaseVersion = '0.1' | '0.2' | '0.3' | '0.4' | '0.5' | '0.6' | '0.7' | '0.8-exp';

export interface BaseContext {
  base: BaseVersion;
  /** Ignition spec version the output declares, e.g. "3.4.0". */
  ignitionVersion: string;
  filesDir?: string;
  host?: FileHost;
  /** The reference's NoResourceAutoCompression option: never gzip inline/local contents. */
  noResourceAutoCompression?: boolean;
  /** Replaces the data URL encoder (defaults to core/encoding's encodeDataUrl). */
  dataUrlEncoder?: DataUrlEncoder;
}

export interface BaseOutcome {
  /** Raw Ignition object (camelCase keys; only set fields present; not yet normalized). */
  ignition: Record<string, unknown>;
  translations: TranslationSet;
  /** Translation-time findings ("yaml" paths, or "json" paths to be mapped through `translations`). */
  report: ReportEntry[];
}

/** The Validate() rules of the base Butane types, over the decoded source; "yaml" paths. */
export function validateBase(config: Record<string, unknown>, ctx: BaseContext): ReportEntry[] {
  return validateBaseConfig(config, ctx);
}

const translator = new Translator(BASE_HOOKS);

/** The top-level sections: yaml key, json key, type, and the base version that introduced them. */
const SECTIONS: { yaml: string; json: string; type: string; since: BaseVersion }[] = [
  { yaml: 'kernel_arguments', json: 'kernelArguments', type: 'KernelArguments', since: '0.4' },
  { yaml: 'passwd', json: 'passwd', type: 'Passwd', since: '0.1' },
  { yaml: 'storage', json: 'storage', type: 'Storage', since: '0.1' },
  { yaml: 'systemd', json: 'systemd', type: 'Systemd', since: '0.1' },
];

/**
 * Translates the base part of a decoded config to Ignition. When the report holds an error the
 * reference discards the config and translations; they are still returned here (useful for the
 * editor), and callers must treat the outcome as failed.
 */
export function translateBase(config: Record<string, unknown>, ctx: BaseContext): BaseOutcome {
  let ts = new TranslationSet();
  const env: TranslateEnv = {
    base: ctx.base,
    ignitionVersion: ctx.ignitionVersion,
    filesDir: ctx.filesDir,
    host: ctx.host,
    autoCompression: !ctx.noResourceAutoCompression,
    encoder: ctx.dataUrlEncoder,
    ts,
    report: [],
  };
  const out: Obj = {};
  out.ignition = translator.translateStruct(env, 'Ignition', config.ignition, ['ignition'], ['ignition']);
  ts.add(['version'], ['ignition', 'version']);
  ts.add(['ignition'], ['ignition']);
  for (const s of SECTIONS) {
    if (!hasGate(ctx.base, 'kernelArguments') && s.yaml === 'kernel_arguments') continue;
    const value = config[s.yaml];
    if (!isObj(value)) continue;
    out[s.json] = translator.translateStruct(env, s.type, value, [s.yaml], [s.json]);
  }

  if (hasGate(ctx.base, 'mountUnitsAndTrees')) {
    ts = addMountUnits(ctx.base, config, out, ts);
    env.ts = ts;
    const treeTs = processTrees(config, out, env);
    const quadletTs = hasGate(ctx.base, 'quadlets') ? processQuadlets(config, out, env) : new TranslationSet();
    ts.merge(treeTs);
    ts.merge(quadletTs);
  }
  return { ignition: out, translations: ts, report: env.report };
}

// Every variant/version Butane v0.29.0 has a translator for, with the base version it builds on,
// the fcos layer it embeds (fcos and openshift only), the Ignition spec it emits and the Go
// package whose `Config` type is the root. rhcos 0.1.0 is registered too but only refuses with
// a fixed error, so it has no entry here (the header stage handles it).
import { BaseVersion, FcosLayerVersion, IgnitionSpecVersion, BASE_VERSIONS, IGNITION_SPEC_VERSIONS } from './types';

export interface VariantVersionEntry {
  variant: 'fcos' | 'flatcar' | 'openshift' | 'r4e' | 'fiot';
  version: string;
  experimental: boolean;
  base: BaseVersion;
  /** The fcos layer (boot_device, grub) this version has, if any. */
  fcosLayer?: FcosLayerVersion;
  /** Go package of the variant's Config, as yaml.v3 prints it, e.g. "v1_5", "v4_23_exp". */
  goPackage: string;
}

/** Ignition spec version emitted by a base version (index-aligned scales). */
export function ignitionOf(base: BaseVersion): IgnitionSpecVersion {
  return IGNITION_SPEC_VERSIONS[BASE_VERSIONS.indexOf(base)];
}

/** Go package name of a base version, e.g. '0.8-exp' → "v0_8_exp". */
export function basePackage(base: BaseVersion): string {
  return 'v' + base.replace('.', '_').replace('-exp', '_exp');
}

/** Go package name of an fcos layer version, e.g. '1.3' → "v1_3". */
export function fcosPackage(layer: FcosLayerVersion): string {
  return 'v' + layer.replace('.', '_').replace('-exp', '_exp');
}

function pkgOf(version: string): string {
  const [maj, min] = version.split('.');
  return `v${maj}_${min}${version.endsWith('-experimental') ? '_exp' : ''}`;
}

type Row = [version: string, base: BaseVersion, fcosLayer?: FcosLayerVersion];

const FCOS: Row[] = [
  ['1.0.0', '0.1', '1.0'],
  ['1.1.0', '0.2', '1.1'],
  ['1.2.0', '0.3', '1.2'],
  ['1.3.0', '0.3', '1.3'],
  ['1.4.0', '0.4', '1.4'],
  ['1.5.0', '0.5', '1.5'],
  ['1.6.0', '0.6', '1.6'],
  ['1.7.0', '0.7', '1.7'],
  ['1.8.0-experimental', '0.8-exp', '1.8-exp'],
];
const FLATCAR: Row[] = [
  ['1.0.0', '0.4'],
  ['1.1.0', '0.5'],
  ['1.2.0-experimental', '0.8-exp'],
];
// OpenShift versions embed an fcos Config: 4.8–4.13 → fcos 1.3, 4.14–4.18 → 1.5, 4.19–4.22 → 1.6,
// 4.23-exp → 1.8-exp.
const OPENSHIFT: Row[] = [
  ...['4.8.0', '4.9.0', '4.10.0', '4.11.0', '4.12.0', '4.13.0'].map((v): Row => [v, '0.3', '1.3']),
  ...['4.14.0', '4.15.0', '4.16.0', '4.17.0', '4.18.0'].map((v): Row => [v, '0.5', '1.5']),
  ...['4.19.0', '4.20.0', '4.21.0', '4.22.0'].map((v): Row => [v, '0.6', '1.6']),
  ['4.23.0-experimental', '0.8-exp', '1.8-exp'],
];
const R4E: Row[] = [
  ['1.0.0', '0.4'],
  ['1.1.0', '0.5'],
  ['1.2.0-experimental', '0.8-exp'],
];
const FIOT: Row[] = [
  ['1.0.0', '0.5'],
  ['1.1.0-experimental', '0.8-exp'],
];

function rows(variant: VariantVersionEntry['variant'], table: Row[]): VariantVersionEntry[] {
  return table.map(([version, base, fcosLayer]) => ({
    variant,
    version,
    experimental: version.endsWith('-experimental'),
    base,
    fcosLayer,
    goPackage: pkgOf(version),
  }));
}

export const VARIANT_VERSIONS: readonly VariantVersionEntry[] = [
  ...rows('fcos', FCOS),
  ...rows('flatcar', FLATCAR),
  ...rows('openshift', OPENSHIFT),
  ...rows('r4e', R4E),
  ...rows('fiot', FIOT),
];

// Which variant/version the editor features answer for: the one the document declares, or, while
// the header is missing or still being typed, a stated assumption (the variant's newest stable
// version, fcos when the variant is unknown).
import { listVersions, lookupVersion } from '../spec';
import { canonicalSemver } from '../header';
import { VARIANT_VERSIONS, VariantVersionEntry } from '../../../../schemas/model';
import type { FeatureDocument } from './document-model';

export interface SpecContext {
  variant: string;
  version: string;
  experimental: boolean;
  ignitionVersion: string;
  entry: VariantVersionEntry;
  /** Set when the document does not declare a known variant/version; says what is assumed. */
  assumption?: string;
}

/** Variants in the order editors list them. */
export const VARIANTS = ['fcos', 'flatcar', 'openshift', 'r4e', 'fiot'] as const;

/** Newest stable version of a variant (the last non-experimental one of the reference's list). */
export function newestStable(variant: string): string | undefined {
  const stable = listVersions().filter((v) => v.variant === variant && !v.experimental);
  return stable.length ? stable[stable.length - 1].version : undefined;
}

/** Versions of a variant: stable ones newest first, then experimental ones. */
export function versionsForCompletion(variant: string): { version: string; experimental: boolean }[] {
  const all = listVersions().filter((v) => v.variant === variant);
  const stable = all.filter((v) => !v.experimental).reverse();
  const experimental = all.filter((v) => v.experimental).reverse();
  return [...stable, ...experimental].map(({ version, experimental: exp }) => ({ version, experimental: exp }));
}

function contextFor(variant: string, version: string, assumption?: string): SpecContext {
  const info = lookupVersion(variant, version)!;
  const entry = VARIANT_VERSIONS.find((e) => e.variant === variant && e.version === version)!;
  return { variant, version, experimental: info.experimental, ignitionVersion: info.ignitionVersion, entry, assumption };
}

const cache = new WeakMap<FeatureDocument, SpecContext>();

export function specContextOf(doc: FeatureDocument): SpecContext {
  const hit = cache.get(doc);
  if (hit) return hit;
  const ctx = resolveContext(doc.variant, doc.version);
  cache.set(doc, ctx);
  return ctx;
}

export function resolveContext(variant: string | undefined, version: string | undefined): SpecContext {
  const canonical = version !== undefined ? canonicalSemver(version) : undefined;
  if (variant !== undefined && canonical !== undefined && lookupVersion(variant, canonical)) return contextFor(variant, canonical);
  const knownVariant = variant !== undefined && newestStable(variant) !== undefined;
  const v = knownVariant ? variant! : 'fcos';
  const fallback = newestStable(v)!;
  const why = !knownVariant
    ? variant === undefined
      ? 'no `variant` declared'
      : `unknown variant \`${variant}\``
    : version === undefined
      ? 'no `version` declared'
      : `${v} has no version \`${version}\``;
  return contextFor(v, fallback, `${why}; assuming ${v} ${fallback}`);
}

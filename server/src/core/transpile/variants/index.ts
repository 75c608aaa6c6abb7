// Picks the variant layer for a variant/version.
import { VariantLayer } from '../flow/layer';
import { fcosLayer } from './fcos';
import { openshiftLayer } from './openshift';
import { restrictedLayer } from './restricted';

/** The layer, or undefined for a variant/version no layer knows (its base spec is unknown). */
export function variantLayer(variant: string, version: string): VariantLayer | undefined {
  try {
    return layerFor(variant, version);
  } catch {
    return undefined;
  }
}

function layerFor(variant: string, version: string): VariantLayer | undefined {
  switch (variant) {
    case 'fcos':
      return fcosLayer(version);
    case 'openshift':
      return openshiftLayer(version);
    case 'flatcar':
    case 'r4e':
    case 'fiot':
      return restrictedLayer(variant, version);
    default:
      return undefined;
  }
}

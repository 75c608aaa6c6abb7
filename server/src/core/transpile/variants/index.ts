// Picks the variant layer for a variant/version.
import { VariantLayer } from '../flow/layer';
import { fcosLayer } from './fcos';
import { openshiftLayer } from './openshift';
import { restrictedLayer } from './restricted';

export function variantLayer(variant: string, version: string): VariantLayer | undefined {
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
